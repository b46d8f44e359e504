package io.djongo.processor.analysis.queries;

import com.palantir.javapoet.ClassName;
import io.djongo.processor.analysis.Diagnostic;
import io.djongo.processor.model.FieldType;
import io.djongo.processor.model.ValueKind;
import io.djongo.processor.model.queries.Slot.Function;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * Compiles {@code @Update("rating__inc = :by, tags__push = :tag")} to the update document the typed
 * paths build ({@code Entry_.rating.inc(by)}, {@code Entry_.tags.push(tag)}), combined as
 * {@code QuerySet.update} combines them: one operator document, or an update pipeline when a value
 * is computed from fields ({@code rating = F(views) * 2}). A path changed twice, or two paths inside
 * one another, are compile errors, as MongoDB would refuse them.
 */
final class UpdateCompiler {
    static final List<String> ANY = List.of("set", "unset", "rename");
    static final List<String> NUMBERS = List.of("inc", "mul", "min", "max");
    static final List<String> ORDERED = List.of("min", "max");
    static final List<String> ARRAYS = List.of("push", "push_all", "add_to_set", "add_to_set_all", "pull", "pull_all",
            "pop_first", "pop_last");

    /** One change: its operator ({@code null} when only a pipeline expresses it), path, value and pipeline value. */
    private record Change(String operator, String path, BsonValue value, BsonValue pipelineValue, int at, String lookup) {}

    private final Paths paths;
    private final Conditions conditions;
    private final QueryContext context;
    private final String where;

    UpdateCompiler(Paths paths, Conditions conditions, QueryContext context, String where) {
        this.paths = paths;
        this.conditions = conditions;
        this.context = context;
        this.where = where;
    }

    /** The update of {@code expr} on {@code model}: a document, or an array of pipeline stages. */
    BsonValue compile(Expr expr, ClassName model) {
        List<Expr.Condition> items = new ArrayList<>();
        if (expr instanceof Expr.Condition condition) {
            items.add(condition);
        } else if (expr instanceof Expr.And and && and.items().stream().allMatch(Expr.Condition.class::isInstance)) {
            for (Expr item : and.items()) {
                items.add((Expr.Condition) item);
            }
        } else {
            throw new Problem(Diagnostic.QUERY_SYNTAX, 0, 1, where, "an update is a list of changes; '|', '~' and "
                    + "parentheses are for conditions", "Separate changes with ',', such as rating__inc = 1, tags__push = :tag");
        }
        boolean pipeline = items.stream().anyMatch(item -> item.value() instanceof Expr.FValue);
        Map<String, Change> byPath = new LinkedHashMap<>();
        for (Expr.Condition item : items) {
            Change change = change(item, model, pipeline);
            Change previous = byPath.put(change.path(), change);
            if (previous != null) {
                throw bad(change, "it changes " + change.path() + " twice (" + previous.lookup() + " and " + change.lookup()
                        + "), and MongoDB applies one change per path", "Keep one of them");
            }
            for (String other : byPath.keySet()) {
                if (!other.equals(change.path()) && (other.startsWith(change.path() + ".")
                        || change.path().startsWith(other + "."))) {
                    throw bad(change, "it changes both " + other + " and " + change.path() + ", which overlap, and MongoDB "
                            + "refuses conflicting paths in one update", "Change one of them in another query");
                }
            }
        }
        if (pipeline) {
            BsonDocument set = new BsonDocument();
            BsonArray unset = new BsonArray();
            for (Change change : byPath.values()) {
                if ("$unset".equals(change.operator())) {
                    unset.add(new BsonString(change.path()));
                } else if (change.pipelineValue() != null) {
                    set.append(change.path(), change.pipelineValue());
                } else {
                    throw bad(change, change.lookup() + " cannot be combined with a value computed from fields (F) in one "
                            + "update", "Declare it in a query of its own");
                }
            }
            BsonArray stages = new BsonArray();
            if (!set.isEmpty()) {
                stages.add(new BsonDocument("$set", set));
            }
            if (!unset.isEmpty()) {
                stages.add(new BsonDocument("$unset", unset));
            }
            return stages;
        }
        BsonDocument document = new BsonDocument();
        for (Change change : byPath.values()) {
            BsonValue operator = document.get(change.operator());
            BsonDocument fields = operator == null ? new BsonDocument() : operator.asDocument();
            fields.append(change.path(), change.value());
            document.put(change.operator(), fields);
        }
        return document;
    }

    private Change change(Expr.Condition item, ClassName model, boolean pipeline) {
        Paths.Parsed parsed = paths.parse(model, item.lookup(), item.at(), where);
        if (parsed.relation() != null) {
            throw new Problem(Diagnostic.BAD_UPDATE, parsed.relation().restAt(), parsed.relation().rest().length(), where,
                    "\"" + parsed.relation().rest() + "\" is in the model " + parsed.target().field() + " refers to",
                    "Update that model with a query of its own");
        }
        Paths.Target target = parsed.target();
        if (target.steps().stream().anyMatch(step -> step.name().equals("any"))) {
            throw new Problem(Diagnostic.BAD_UPDATE, item.at(), item.lookup().length(), where, item.lookup()
                    + " reaches into every element of an array of models", "Change elements with the typed paths' "
                    + "updateWhere or updateEach, or name one element by index (authors__0__name)");
        }
        if (parsed.lookups().size() > 1) {
            throw unknown(parsed, 1, List.of());
        }
        String operation = parsed.lookups().isEmpty() ? "set" : parsed.lookups().get(0);
        FieldType type = target.type();
        List<String> valid = valid(type);
        if (!valid.contains(operation)) {
            throw unknown(parsed, 0, valid);
        }
        String path = target.bsonPath();
        Expr.Value value = item.value();
        boolean valueless = operation.equals("unset") || operation.equals("pop_first") || operation.equals("pop_last");
        if (valueless) {
            if (value != null) {
                throw badValue(item, value, operation + " takes no value", "Write " + item.lookup() + " alone");
            }
        } else if (value == null) {
            throw new Problem(Diagnostic.QUERY_SYNTAX, item.at(), item.lookup().length(), where, item.lookup()
                    + " has no value", "Write " + item.lookup() + " = :name, or a literal");
        }
        if (value instanceof Expr.FValue f) {
            if (!operation.equals("set")) {
                throw badValue(item, value, "a value computed from fields (F) is set, not " + operation, "Write "
                        + Paths.snakeCase(target.field()) + " = " + f.text());
            }
            return new Change(null, path, null, conditions.fExpression(f.expression(), item, model), item.at(), item.lookup());
        }
        FieldType element = type.element();
        switch (operation) {
            case "set": {
                boolean list = type.kind() == ValueKind.LIST || type.kind() == ValueKind.SET;
                Function function = list ? Function.LIST : Function.VALUE;
                FieldType codec = list ? element : type;
                BsonValue set = conditions.place(value, Want.field(type), function, codec, path, item);
                BsonValue literal = pipeline ? conditions.place(value, Want.field(type), list ? Function.LIST : Function.LITERAL,
                        codec, path, item) : null;
                if (pipeline && list) {
                    literal = new BsonDocument("$literal", literal);
                }
                return new Change("$set", path, set, literal, item.at(), item.lookup());
            }
            case "unset":
                return new Change("$unset", path, new BsonString(""), null, item.at(), item.lookup());
            case "rename": {
                if (!(value instanceof Expr.Literal literal) || literal.kind() != Expr.Literal.Kind.STRING) {
                    throw badValue(item, value, "rename takes the new key as text", "Write " + item.lookup() + " = 'newKey'");
                }
                String key = literal.text();
                if (key.isEmpty() || key.startsWith("$") || key.indexOf('.') >= 0) {
                    throw badValue(item, value, "the new key may not be empty, start with '$' or contain '.'",
                            "Give a plain key");
                }
                int dot = path.lastIndexOf('.');
                String renamed = dot < 0 ? key : path.substring(0, dot + 1) + key;
                return new Change("$rename", path, new BsonString(renamed), null, item.at(), item.lookup());
            }
            case "inc":
            case "mul": {
                BsonValue number = conditions.place(value, Want.of(Want.Kind.NUMBER), Function.NUMBER, null, path, item);
                BsonArray operands = new BsonArray();
                operands.add(new BsonDocument("$ifNull", new BsonArray(List.of(new BsonString("$" + path), new BsonInt32(0)))));
                operands.add(number);
                return new Change("$" + operation, path, number, new BsonDocument(operation.equals("inc") ? "$add"
                        : "$multiply", operands), item.at(), item.lookup());
            }
            case "min":
            case "max": {
                BsonValue bound = conditions.place(value, Want.field(type), Function.REQUIRED, type, path, item);
                BsonArray operands = new BsonArray();
                operands.add(new BsonString("$" + path));
                operands.add(pipeline ? conditions.place(value, Want.field(type), Function.LITERAL, type, path, item)
                        : new BsonDocument("$literal", bound));
                return new Change("$" + operation, path, bound, new BsonDocument("$" + operation, operands), item.at(),
                        item.lookup());
            }
            case "push":
                return new Change("$push", path, conditions.place(value, Want.field(element), Function.VALUE, element, path,
                        item), null, item.at(), item.lookup());
            case "push_all":
                return new Change("$push", path, conditions.place(value, Want.collection(element), Function.PUSH_ALL, element,
                        path, item), null, item.at(), item.lookup());
            case "add_to_set":
                return new Change("$addToSet", path, conditions.place(value, Want.field(element), Function.VALUE, element,
                        path, item), null, item.at(), item.lookup());
            case "add_to_set_all":
                return new Change("$addToSet", path, conditions.place(value, Want.collection(element), Function.EACH,
                        element, path, item), null, item.at(), item.lookup());
            case "pull":
                return new Change("$pull", path, conditions.place(value, Want.field(element), Function.EQ, element, path,
                        item), null, item.at(), item.lookup());
            case "pull_all":
                return new Change("$pullAll", path, conditions.place(value, Want.collection(element), Function.ARRAY,
                        element, path, item), null, item.at(), item.lookup());
            case "pop_first":
                return new Change("$pop", path, new BsonInt32(-1), null, item.at(), item.lookup());
            default:
                return new Change("$pop", path, new BsonInt32(1), null, item.at(), item.lookup());
        }
    }

    /** The operations a field of {@code type} takes, as its typed path has them. */
    private static List<String> valid(FieldType type) {
        List<String> valid = new ArrayList<>(ANY);
        ValueKind kind = type.kind();
        if (kind == ValueKind.INT || kind == ValueKind.LONG || kind == ValueKind.DOUBLE || kind == ValueKind.FLOAT
                || kind == ValueKind.SHORT || kind == ValueKind.BYTE || kind == ValueKind.DECIMAL) {
            valid.addAll(NUMBERS);
        } else if (kind == ValueKind.STRING || kind == ValueKind.CHAR || kind == ValueKind.OBJECT_ID
                || kind == ValueKind.INSTANT || kind == ValueKind.DATE || kind == ValueKind.LOCAL_DATE
                || kind == ValueKind.LOCAL_DATE_TIME) {
            valid.addAll(ORDERED);
        } else if (kind == ValueKind.LIST || kind == ValueKind.SET) {
            valid.addAll(ARRAYS);
        }
        return valid;
    }

    private Problem unknown(Paths.Parsed parsed, int index, List<String> valid) {
        String operation = parsed.lookups().get(index);
        return new Problem(Diagnostic.UNKNOWN_LOOKUP, parsed.lookupAt().get(index), operation.length(), where, operation,
                "an update", parsed.target().model() + "." + parsed.target().field(), Paths.simpleType(parsed.target().type()),
                Closest.suggestion(operation, valid), valid.isEmpty() ? "Remove \"__" + operation + "\""
                        : "Updates of this field: " + String.join(", ", valid));
    }

    private Problem badValue(Expr.Condition item, Expr.Value value, String problem, String fix) {
        return new Problem(Diagnostic.BAD_VALUE, value.at(), value.text().length(), where, value.text(), item.lookup(),
                problem, fix);
    }

    private Problem bad(Change change, String problem, String fix) {
        return new Problem(Diagnostic.BAD_UPDATE, change.at(), change.lookup().length(), where, problem, fix);
    }
}
