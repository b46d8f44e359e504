package io.djongo.processor.analysis.queries;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.djongo.processor.analysis.Diagnostic;
import io.djongo.processor.analysis.queries.Expr.Value;
import io.djongo.processor.model.FieldType;
import io.djongo.processor.model.Literal;
import io.djongo.processor.model.ValueKind;
import io.djongo.processor.model.queries.Arg;
import io.djongo.processor.model.queries.Slot;
import io.djongo.processor.model.queries.Slot.Function;
import io.djongo.processor.model.queries.Template;
import io.djongo.processor.model.queries.TypedFilter;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * Compiles Django lookups to filter documents at compile time, lookup by lookup as the runtime's
 * {@code Lookups} builds them with the typed paths, so a declared query sends the document the
 * same lookup builds at run time: which operators, which keys, where {@code $expr} is needed, which
 * values may be null. Arguments become slots, filled at call time by the {@code Slots} function
 * that computes what the typed path would write.
 *
 * <p>Conditions whose keys depend on an argument ({@code votes__has_key = :key}) and conditions
 * through references (semi-joins that run with the query) become {@link TypedFilter}s instead,
 * built at call time with the typed paths.
 */
final class Conditions {
    /** Kinds whose literals the processor encodes itself, exactly as their codecs do. */
    private static final Set<ValueKind> FOLDED = Set.of(ValueKind.STRING, ValueKind.CHAR, ValueKind.BOOLEAN, ValueKind.INT,
            ValueKind.SHORT, ValueKind.BYTE, ValueKind.LONG, ValueKind.DOUBLE, ValueKind.OBJECT_ID, ValueKind.ENUM);

    private final Paths paths;
    private final FilterAlgebra algebra;
    private final QueryContext context;
    private final String where;
    /** The lookup being compiled, for messages about its values. */
    private Paths.Parsed current;

    /** @param where the annotation as written, for messages: {@code @Filter("...")} */
    Conditions(Paths paths, QueryContext context, String where) {
        this.paths = paths;
        this.algebra = new FilterAlgebra(paths);
        this.context = context;
        this.where = where;
    }

    // ---- the tree

    /** A compiled condition: a document, or a filter built at call time. */
    sealed interface Node {}

    /** A document known at compile time, with slots. */
    record Static(BsonDocument document) implements Node {}

    /** A filter built at call time. */
    record Typed(TypedFilter filter) implements Node {}

    /** Conditions on the target of a reference, one semi-join: {@code where(...)} or, for many, {@code any(...)}. */
    record Relation(Paths.Target reference, boolean many, ClassName target, Node inner) implements Node {}

    record And(List<Node> items) implements Node {}

    record Or(List<Node> items) implements Node {}

    record Not(Node item) implements Node {}

    /** {@code expr} on model {@code model}. */
    Node compile(Expr expr, ClassName model) {
        if (expr instanceof Expr.And and) {
            List<Node> items = new ArrayList<>();
            for (Expr item : and.items()) {
                items.add(compile(item, model));
            }
            return and(items);
        }
        if (expr instanceof Expr.Or or) {
            List<Node> items = new ArrayList<>();
            for (Expr item : or.items()) {
                items.add(compile(item, model));
            }
            return or(items);
        }
        if (expr instanceof Expr.Not not) {
            return not(compile(not.item(), model));
        }
        return condition((Expr.Condition) expr, model);
    }

    static Node and(List<Node> items) {
        List<Node> merged = mergeRelations(items);
        if (merged.stream().allMatch(Static.class::isInstance)) {
            List<BsonDocument> documents = new ArrayList<>();
            for (Node item : merged) {
                documents.add(((Static) item).document());
            }
            return new Static(FilterAlgebra.and(documents));
        }
        return merged.size() == 1 ? merged.get(0) : new And(merged);
    }

    static Node or(List<Node> items) {
        if (items.stream().allMatch(Static.class::isInstance)) {
            List<BsonDocument> documents = new ArrayList<>();
            for (Node item : items) {
                documents.add(((Static) item).document());
            }
            return new Static(FilterAlgebra.or(documents));
        }
        return new Or(items);
    }

    static Node not(Node item) {
        return item instanceof Static s ? new Static(FilterAlgebra.not(s.document())) : new Not(item);
    }

    /** Conditions given together through the same reference are about the same object: one semi-join. */
    private static List<Node> mergeRelations(List<Node> items) {
        Map<String, Relation> byPath = new LinkedHashMap<>();
        List<Node> merged = new ArrayList<>();
        for (Node item : items) {
            if (item instanceof Relation relation) {
                Relation earlier = byPath.get(relation.reference().bsonPath());
                if (earlier != null) {
                    Relation joined = new Relation(earlier.reference(), earlier.many(), earlier.target(),
                            and(List.of(earlier.inner(), relation.inner())));
                    byPath.put(relation.reference().bsonPath(), joined);
                    merged.set(merged.indexOf(earlier), joined);
                    continue;
                }
                byPath.put(relation.reference().bsonPath(), relation);
            }
            merged.add(item);
        }
        return merged;
    }

    /** The conditions of one {@code filter()} on {@code model}, with those through one array of models grouped. */
    Node grouped(Node node, ClassName model) {
        return node instanceof Static s ? new Static(algebra.group(model, s.document())) : node;
    }

    /** {@code node} as a filter built at call time, on {@code model}. */
    TypedFilter typed(Node node, ClassName model) {
        if (node instanceof Static s) {
            return new TypedFilter.Raw(model, Template.of(s.document(), context.slots()));
        }
        if (node instanceof Typed t) {
            return t.filter();
        }
        if (node instanceof Relation r) {
            return new TypedFilter.Call(r.reference().root(), r.reference().steps(), List.of(new TypedFilter.Invocation(
                    r.many() ? "any" : "where", List.of(typed(r.inner(), r.target())))));
        }
        if (node instanceof And and) {
            List<TypedFilter> items = new ArrayList<>();
            for (Node item : and.items()) {
                items.add(typed(item, model));
            }
            return new TypedFilter.All(model, items);
        }
        if (node instanceof Or or) {
            List<TypedFilter> items = new ArrayList<>();
            for (Node item : or.items()) {
                items.add(typed(item, model));
            }
            return new TypedFilter.Any(model, items);
        }
        return new TypedFilter.Not(typed(((Not) node).item(), model));
    }

    // ---- one lookup, as Lookups.build

    private Node condition(Expr.Condition condition, ClassName model) {
        Paths.Parsed parsed = paths.parse(model, condition.lookup(), condition.at(), where);
        if (parsed.relation() != null) {
            return relation(parsed, condition);
        }
        current = parsed;
        Value value = condition.value();
        if (value == null) {
            throw new Problem(Diagnostic.QUERY_SYNTAX, condition.at(), condition.lookup().length(), where,
                    condition.lookup() + " has no value", "Write " + condition.lookup() + " = :name, or a literal");
        }
        Paths.Target target = parsed.target();
        FieldType type = target.type();
        ValueKind kind = type.kind();
        String lookup = parsed.lookups().isEmpty() ? "exact" : parsed.lookups().get(0);
        if (lookup.equals("isnull")) {
            only(parsed, 1);
            return isNull(parsed, condition);
        }
        if (isTemporal(kind) && partsOf(kind).contains(lookup)) {
            String comparison = parsed.lookups().size() > 1 ? parsed.lookups().get(1) : "exact";
            only(parsed, 2);
            return datePart(parsed, condition, lookup, comparison);
        }
        if (kind == ValueKind.LIST || kind == ValueKind.SET) {
            return array(parsed, condition, lookup);
        }
        if (kind == ValueKind.MAP) {
            only(parsed, 1);
            return map(parsed, condition, lookup);
        }
        only(parsed, 1);
        List<String> valid = valid(type);
        if (!valid.contains(lookup)) {
            throw invalidLookup(parsed, 0, valid);
        }
        if (kind.isReference()) {
            return reference(parsed, condition, lookup);
        }
        if (lookup.equals("iexact") || Paths.PATTERNS.contains(lookup)) {
            return pattern(parsed, condition, lookup, model);
        }
        if (value instanceof Expr.FValue f) {
            return compareFields(parsed, condition, lookup, f, model);
        }
        String path = target.bsonPath();
        if (Paths.ORDERED.contains(lookup)) {
            if (lookup.equals("range")) {
                Value[] bounds = bounds(condition);
                return fragment(path, new BsonDocument("$gte", place(bounds[0], Want.field(type), Function.REQUIRED, type,
                        path, condition)).append("$lte", place(bounds[1], Want.field(type), Function.REQUIRED, type, path,
                        condition)));
            }
            return fragment(path, new BsonDocument("$" + lookup, place(value, Want.field(type), Function.REQUIRED, type,
                    path, condition)));
        }
        if (lookup.equals("in")) {
            return fragment(path, new BsonDocument("$in", place(value, Want.collection(type), Function.IN, type, path,
                    condition)));
        }
        return fragment(path, place(value, Want.field(type), Function.EQ, type, path, condition));
    }

    private Node relation(Paths.Parsed parsed, Expr.Condition condition) {
        Paths.Relation relation = parsed.relation();
        FieldType type = relation.reference().type();
        ClassName target = type.modelClass();
        Node inner = condition(new Expr.Condition(relation.rest(), relation.restAt(), condition.value()), target);
        return new Relation(relation.reference(), type.kind() == ValueKind.REFERENCES, target, inner);
    }

    private Node isNull(Paths.Parsed parsed, Expr.Condition condition) {
        String path = parsed.target().bsonPath();
        boolean key = parsed.target().mapValue();
        Value value = condition.value();
        if (value instanceof Expr.Literal literal && literal.kind() == Expr.Literal.Kind.BOOLEAN) {
            boolean isNull = literal.text().equals("true");
            return fragment(path, key ? new BsonDocument("$exists", BsonBoolean.valueOf(!isNull))
                    : isNull ? BsonNull.VALUE : new BsonDocument("$ne", BsonNull.VALUE));
        }
        if (value instanceof Expr.Param param) {
            QueryContext.Parameter parameter = parameter(param, Want.of(Want.Kind.BOOL), condition, parsed);
            return fragment(path, context.slot(key ? Function.KEY_IS_NULL : Function.IS_NULL, null,
                    new Arg.Parameter(parameter.name()), path, context.where(condition)));
        }
        throw badValue(condition, value, "isnull takes true or false", "Write " + condition.lookup() + " = true");
    }

    // ---- patterns

    private Node pattern(Paths.Parsed parsed, Expr.Condition condition, String lookup, ClassName model) {
        Paths.Target target = parsed.target();
        ValueKind kind = target.type().kind();
        boolean text = kind == ValueKind.STRING || kind == ValueKind.CHAR || kind == ValueKind.ENUM;
        String path = target.bsonPath();
        Value value = condition.value();
        if (value instanceof Expr.FValue f) {
            if (!text) {
                throw badValue(condition, value, "F() is compared with the pattern lookups of text fields only",
                        "Compare " + parsed.target().field() + " with exact, gt, gte, lt or lte");
            }
            return against(lookup, path, fExpression(f.expression(), condition, model));
        }
        if (isNullLiteral(value)) {
            if (lookup.equals("iexact")) {
                return fragment(path, BsonNull.VALUE);
            }
            throw badValue(condition, value, "a pattern cannot be null", "Use " + fieldPart(condition) + "__isnull = true "
                    + "to find missing values");
        }
        if (!text && lookup.equals("iexact")) {
            return fragment(path, place(value, Want.field(target.type()), Function.EQ, target.type(), path, condition));
        }
        boolean ignoreCase = lookup.startsWith("i");
        String base = ignoreCase ? lookup.substring(1) : lookup;
        if (text && lookup.equals("iexact")) {
            return fragment(path, place(value, Want.of(Want.Kind.TEXT), Function.I_EXACT, null, path, condition));
        }
        Function function = switch (base) {
            case "contains" -> Function.CONTAINS;
            case "startswith" -> Function.STARTS_WITH;
            case "endswith" -> Function.ENDS_WITH;
            default -> Function.REGEX;
        };
        BsonValue pattern = place(value, Want.of(Want.Kind.TEXT), function, null, path, condition);
        if (text) {
            BsonDocument regex = new BsonDocument("$regex", pattern);
            if (ignoreCase) {
                regex.append("$options", new BsonString("i"));
            }
            return fragment(path, regex);
        }
        // Django matches the text of other values: $regexMatch over $toString, for documents with a value
        BsonDocument match = new BsonDocument("input", new BsonDocument("$toString", new BsonString("$" + path)))
                .append("regex", new BsonDocument("$literal", pattern));
        if (ignoreCase) {
            match.append("options", new BsonString("i"));
        }
        return new Static(FilterAlgebra.and(List.of(new BsonDocument(path, new BsonDocument("$ne", BsonNull.VALUE)),
                new BsonDocument("$expr", new BsonDocument("$regexMatch", match)))));
    }

    /** A pattern lookup against another field or expression, as {@code StringPath.against}. */
    private Node against(String lookup, String path, BsonValue that) {
        boolean ignoreCase = lookup.startsWith("i");
        String kind = ignoreCase ? lookup.substring(1) : lookup;
        BsonValue self = new BsonString("$" + path);
        if (kind.equals("regex")) {
            BsonDocument match = new BsonDocument("input", self).append("regex", that);
            if (ignoreCase) {
                match.append("options", new BsonString("i"));
            }
            return guarded(new BsonDocument("$regexMatch", match), self, that);
        }
        BsonValue a = ignoreCase ? new BsonDocument("$toLower", self) : self;
        BsonValue b = ignoreCase ? new BsonDocument("$toLower", that) : that;
        BsonDocument condition;
        switch (kind) {
            case "exact":
                condition = new BsonDocument("$eq", array(a, b));
                break;
            case "contains":
                condition = new BsonDocument("$ne", array(indexOf(a, b), new BsonInt32(-1)));
                break;
            case "startswith":
                condition = new BsonDocument("$eq", array(indexOf(a, b), new BsonInt32(0)));
                break;
            default: {
                BsonValue lengthA = new BsonDocument("$strLenCP", a);
                BsonValue lengthB = new BsonDocument("$strLenCP", b);
                BsonValue start = new BsonDocument("$subtract", array(lengthA, lengthB));
                condition = new BsonDocument("$and", array(new BsonDocument("$gte", array(lengthA, lengthB)),
                        new BsonDocument("$eq", array(new BsonDocument("$substrCP", array(a, start, lengthB)), b))));
                break;
            }
        }
        return guarded(condition, self, that);
    }

    private static BsonValue indexOf(BsonValue text, BsonValue part) {
        return new BsonDocument("$indexOfCP", array(text, part));
    }

    // ---- F()

    private Node compareFields(Paths.Parsed parsed, Expr.Condition condition, String lookup, Expr.FValue f, ClassName model) {
        String operator = switch (lookup) {
            case "exact" -> "$eq";
            case "gt", "gte", "lt", "lte" -> "$" + lookup;
            default -> throw badValue(condition, f, "F() is compared with exact, gt, gte, lt, lte and the pattern lookups, "
                    + "not " + lookup, "Use one of those lookups, or give a value instead of F()");
        };
        BsonValue self = new BsonString("$" + parsed.target().bsonPath());
        BsonValue that = fExpression(f.expression(), condition, model);
        return guarded(new BsonDocument(operator, array(self, that)), self, that);
    }

    /** The aggregation expression of {@code F(...)} arithmetic, as {@code F} builds it; fields resolved on the queried model. */
    BsonValue fExpression(Expr.Arithmetic expression, Expr.Condition condition, ClassName model) {
        if (expression instanceof Expr.Field field) {
            Paths.Target target = paths.field(model, field.path(), field.at(), where);
            return new BsonString("$" + target.bsonPath());
        }
        if (expression instanceof Expr.Operand operand) {
            throw badValue(condition, operand.value(), "an expression starts from a field", "Write F(field) first, such as "
                    + "F(views) * 2");
        }
        Expr.Binary binary = (Expr.Binary) expression;
        if (!(binary.left() instanceof Expr.Field) && !(binary.left() instanceof Expr.Binary)) {
            throw badValue(condition, ((Expr.Operand) binary.left()).value(), "an expression starts from a field",
                    "Write F(field) first, such as F(views) * 2");
        }
        BsonValue left = fExpression(binary.left(), condition, model);
        BsonValue right;
        if (binary.right() instanceof Expr.Operand operand) {
            right = place(operand.value(), Want.of(Want.Kind.NUMBER), Function.NUMBER, null, "", condition);
        } else {
            right = fExpression(binary.right(), condition, model);
        }
        String operator = switch (binary.op()) {
            case '+' -> "$add";
            case '-' -> "$subtract";
            case '*' -> "$multiply";
            default -> "$divide";
        };
        return new BsonDocument(operator, array(left, right));
    }

    /**
     * {@code {$expr: condition}} for documents where every field either side reads has a value, as
     * {@code F.guarded}: SQL's NULL satisfies no comparison.
     */
    static Node guarded(BsonDocument condition, BsonValue... operands) {
        Set<String> fields = new LinkedHashSet<>();
        List<BsonValue> nullable = new ArrayList<>();
        for (BsonValue operand : operands) {
            if (fieldsOf(operand, fields)) {
                nullable.add(operand);
            }
        }
        List<BsonDocument> conditions = new ArrayList<>();
        for (String field : fields) {
            conditions.add(new BsonDocument(field, new BsonDocument("$ne", BsonNull.VALUE)));
        }
        BsonValue body = condition;
        if (!nullable.isEmpty()) {
            BsonArray all = new BsonArray();
            for (BsonValue operand : nullable) {
                all.add(new BsonDocument("$gt", array(operand, BsonNull.VALUE)));
            }
            all.add(condition);
            body = new BsonDocument("$and", all);
        }
        conditions.add(new BsonDocument("$expr", body));
        return new Static(FilterAlgebra.and(conditions));
    }

    private static boolean fieldsOf(BsonValue expression, Set<String> into) {
        if (expression.isString()) {
            String text = expression.asString().getValue();
            if (text.startsWith("$") && !text.startsWith("$$")) {
                into.add(text.substring(1));
            }
            return false;
        }
        boolean nullHandling = false;
        if (expression.isArray()) {
            for (BsonValue item : expression.asArray()) {
                nullHandling |= fieldsOf(item, into);
            }
        } else if (expression.isDocument()) {
            BsonDocument document = expression.asDocument();
            if (document.containsKey("$ifNull") || document.containsKey("$cond")) {
                return true;
            }
            if (!document.containsKey("$literal")) {
                for (BsonValue item : document.values()) {
                    nullHandling |= fieldsOf(item, into);
                }
            }
        }
        return nullHandling;
    }

    // ---- arrays

    private Node array(Paths.Parsed parsed, Expr.Condition condition, String lookup) {
        FieldType element = parsed.target().type().element();
        String path = parsed.target().bsonPath();
        Value value = condition.value();
        if (!lookup.equals("len")) {
            only(parsed, 1);
        }
        switch (lookup) {
            case "exact":
                if (isNullLiteral(value)) {
                    return fragment(path, BsonNull.VALUE);
                }
                return fragment(path, place(value, Want.collection(element), Function.ARRAY_EQ, element, path, condition));
            case "contains":
                if (isCollectionValue(value)) {
                    return fragment(path, new BsonDocument("$all", place(value, Want.collection(element), Function.ARRAY,
                            element, path, condition)));
                }
                return fragment(path, place(value, Want.field(element), Function.REQUIRED_EQ, element, path, condition));
            case "contained_by":
                return fragment(path, new BsonDocument("$type", new BsonString("array")).append("$not",
                        new BsonDocument("$elemMatch", new BsonDocument("$nin", place(value, Want.collection(element),
                                Function.ARRAY, element, path, condition)))));
            case "contains_all":
                return fragment(path, new BsonDocument("$all", place(value, Want.collection(element), Function.ARRAY,
                        element, path, condition)));
            case "overlap":
                return fragment(path, new BsonDocument("$in", place(value, Want.collection(element), Function.ARRAY,
                        element, path, condition)));
            case "in":
                if (isNested(value)) {
                    return fragment(path, new BsonDocument("$in", place(value, new Want(Want.Kind.COLLECTIONS, element),
                            Function.ARRAYS, element, path, condition)));
                }
                // a flat list: some element is one of the values, as overlap
                return fragment(path, new BsonDocument("$in", place(value, Want.collection(element), Function.ARRAY, element,
                        path, condition)));
            case "len": {
                only(parsed, 2);
                String comparison = parsed.lookups().size() > 1 ? parsed.lookups().get(1) : "exact";
                if (!Paths.COMPARISONS.contains(comparison)) {
                    throw invalidLookup(parsed, 1, Paths.COMPARISONS);
                }
                return length(parsed, condition, comparison);
            }
            case "isempty": {
                if (value instanceof Expr.Literal literal && literal.kind() == Expr.Literal.Kind.BOOLEAN) {
                    return literal.text().equals("true") ? fragment(path, new BsonDocument("$size", new BsonInt32(0)))
                            : fragment(path + ".0", new BsonDocument("$exists", BsonBoolean.TRUE));
                }
                Arg flag = arg(value, Want.of(Want.Kind.BOOL), condition, parsed);
                TypedFilter empty = call(parsed.target(), new TypedFilter.Invocation("isEmpty", List.of()));
                TypedFilter notEmpty = call(parsed.target(), new TypedFilter.Invocation("isNotEmpty", List.of()));
                return new Typed(new TypedFilter.Choice(flag, empty, notEmpty));
            }
            default:
                throw invalidLookup(parsed, 0, Paths.ARRAYS);
        }
    }

    /** {@code len} as {@code ArrayLengthPath}: {@code $size} for equality, the existence of an index for the others. */
    private Node length(Paths.Parsed parsed, Expr.Condition condition, String comparison) {
        String path = parsed.target().bsonPath();
        Value value = condition.value();
        if (comparison.equals("range")) {
            Value[] bounds = bounds(condition);
            if (isIntLiteral(bounds[0]) && isIntLiteral(bounds[1])) {
                return new Static(FilterAlgebra.and(List.of(lengthOf(path, "gte", intOf(bounds[0])),
                        lengthOf(path, "lte", intOf(bounds[1])))));
            }
            return typedLength(parsed, "range", List.of(arg(bounds[0], Want.of(Want.Kind.INT), condition, parsed),
                    arg(bounds[1], Want.of(Want.Kind.INT), condition, parsed)));
        }
        if (comparison.equals("in")) {
            if (value instanceof Expr.ListValue list && list.items().stream().allMatch(Conditions::isIntLiteral)) {
                List<BsonDocument> any = new ArrayList<>();
                for (Value item : list.items()) {
                    any.add(lengthOf(path, "exact", intOf(item)));
                }
                return new Static(FilterAlgebra.or(any));
            }
            return typedLength(parsed, "in", List.of(arg(value, Want.of(Want.Kind.INTS), condition, parsed)));
        }
        if (isIntLiteral(value)) {
            return new Static(lengthOf(path, comparison, intOf(value)));
        }
        if (isNullLiteral(value)) {
            throw badValue(condition, value, "null has no length", "Use " + fieldPart(condition) + "__isnull = true");
        }
        return typedLength(parsed, comparison.equals("exact") ? "eq" : comparison,
                List.of(arg(value, Want.of(Want.Kind.INT), condition, parsed)));
    }

    private static BsonDocument lengthOf(String path, String comparison, int n) {
        BsonDocument isArray = new BsonDocument(path, new BsonDocument("$type", new BsonString("array")));
        switch (comparison) {
            case "exact":
                return n < 0 ? FilterAlgebra.nothing() : new BsonDocument(path, new BsonDocument("$size", new BsonInt32(n)));
            case "gt":
                return n < 0 ? isArray : new BsonDocument(path + "." + n, new BsonDocument("$exists", BsonBoolean.TRUE));
            case "gte":
                return n <= 0 ? isArray : lengthOf(path, "gt", n - 1);
            case "lt":
                return n <= 0 ? FilterAlgebra.nothing() : lengthOf(path, "lte", n - 1);
            default: // lte
                return n < 0 ? FilterAlgebra.nothing() : FilterAlgebra.and(List.of(isArray,
                        new BsonDocument(path + "." + n, new BsonDocument("$exists", BsonBoolean.FALSE))));
        }
    }

    private Node typedLength(Paths.Parsed parsed, String method, List<Object> args) {
        return new Typed(call(parsed.target(), new TypedFilter.Invocation("length", List.of()),
                new TypedFilter.Invocation(method, args)));
    }

    // ---- maps

    private Node map(Paths.Parsed parsed, Expr.Condition condition, String lookup) {
        FieldType valueType = parsed.target().type().element();
        String path = parsed.target().bsonPath();
        Value value = condition.value();
        switch (lookup) {
            case "exact":
                if (isNullLiteral(value)) {
                    return fragment(path, BsonNull.VALUE);
                }
                return fragment(path, place(value, new Want(Want.Kind.MAP, valueType), Function.MAP_EQ,
                        parsed.target().type(), path, condition));
            case "contains":
                return new Typed(call(parsed.target(), new TypedFilter.Invocation("contains",
                        List.of(arg(value, new Want(Want.Kind.MAP, valueType), condition, parsed)))));
            case "has_key": {
                if (value instanceof Expr.Literal literal && literal.kind() == Expr.Literal.Kind.STRING) {
                    return new Static(hasKey(path, literal, condition));
                }
                return new Typed(call(parsed.target(), new TypedFilter.Invocation("hasKey",
                        List.of(arg(value, Want.of(Want.Kind.TEXT), condition, parsed)))));
            }
            case "has_keys":
            case "has_any_keys": {
                String method = lookup.equals("has_keys") ? "hasKeys" : "hasAnyKeys";
                if (value instanceof Expr.ListValue list && list.items().stream().allMatch(item
                        -> item instanceof Expr.Literal literal && literal.kind() == Expr.Literal.Kind.STRING)) {
                    List<BsonDocument> keys = new ArrayList<>();
                    for (Value item : list.items()) {
                        keys.add(hasKey(path, (Expr.Literal) item, condition));
                    }
                    return new Static(lookup.equals("has_keys") ? FilterAlgebra.and(keys) : FilterAlgebra.or(keys));
                }
                return new Typed(call(parsed.target(), new TypedFilter.Invocation(method,
                        List.of(arg(value, Want.of(Want.Kind.TEXTS), condition, parsed)))));
            }
            default:
                throw invalidLookup(parsed, 0, Paths.MAPS);
        }
    }

    private BsonDocument hasKey(String path, Expr.Literal key, Expr.Condition condition) {
        String problem = io.djongo.processor.analysis.Names.invalidKeyReason(key.text());
        if (problem != null) {
            throw badValue(condition, key, "\"" + key.text() + "\" is not a valid map key: " + problem, "Write a plain key");
        }
        return new BsonDocument(path + "." + key.text(), new BsonDocument("$exists", BsonBoolean.TRUE));
    }

    // ---- references

    private Node reference(Paths.Parsed parsed, Expr.Condition condition, String lookup) {
        FieldType type = parsed.target().type();
        String path = parsed.target().bsonPath();
        Value value = condition.value();
        if (lookup.equals("in")) {
            return fragment(path, new BsonDocument("$in", place(value, Want.collection(type), Function.IN, type, path,
                    condition)));
        }
        if (isNullLiteral(value)) {
            return fragment(path, BsonNull.VALUE);
        }
        if (value instanceof Expr.Param param && type.kind() == ValueKind.REFERENCE) {
            QueryContext.Parameter parameter = context.parameter(param, where);
            if (parameter.type().kind() == JavaType.Kind.MODEL && parameter.type().model().equals(type.modelClass())) {
                return new Typed(call(parsed.target(), new TypedFilter.Invocation("is",
                        List.of(new Arg.Parameter(parameter.name())))));
            }
        }
        return fragment(path, place(value, Want.field(type), Function.EQ, type, path, condition));
    }

    // ---- dates

    private Node datePart(Paths.Parsed parsed, Expr.Condition condition, String part, String comparison) {
        if (!Paths.COMPARISONS.contains(comparison)) {
            throw invalidLookup(parsed, 1, Paths.COMPARISONS);
        }
        Value value = condition.value();
        if (value instanceof Expr.FValue) {
            throw badValue(condition, value, "F() is compared with whole fields, not with their " + part,
                    "Compare " + parsed.target().field() + " itself with F()");
        }
        if (isNullLiteral(value)) {
            throw badValue(condition, value, "null matches nothing here", "Use " + parsed.target().field()
                    + "__isnull = true to find missing values");
        }
        String path = parsed.target().bsonPath();
        switch (part) {
            case "date":
                return day(parsed, condition, comparison);
            case "time":
                return time(parsed, condition, comparison);
            case "year":
            case "iso_year":
                return year(parsed, condition, comparison, part.equals("iso_year"));
            default:
                break;
        }
        BsonValue computed = computedPart(part, path);
        switch (comparison) {
            case "range": {
                Value[] bounds = bounds(condition);
                BsonValue from = place(bounds[0], Want.of(Want.Kind.INT), Function.WHOLE, null, path, condition);
                BsonValue to = place(bounds[1], Want.of(Want.Kind.INT), Function.WHOLE, null, path, condition);
                return new Static(FilterAlgebra.and(List.of(expr("$gte", computed, from), expr("$lte", computed, to))));
            }
            case "in":
                return new Static(expr("$in", computed, place(value, Want.of(Want.Kind.INTS), Function.WHOLES, null, path,
                        condition)));
            default: {
                String operator = comparison.equals("exact") ? "$eq" : "$" + comparison;
                BsonDocument compared = expr(operator, computed, place(value, Want.of(Want.Kind.INT), Function.WHOLE, null,
                        path, condition));
                return new Static(comparison.equals("lt") || comparison.equals("lte") ? dated(path, compared) : compared);
            }
        }
    }

    private Node day(Paths.Parsed parsed, Expr.Condition condition, String comparison) {
        String path = parsed.target().bsonPath();
        Value value = condition.value();
        Want day = Want.of(Want.Kind.DAY);
        switch (comparison) {
            case "exact":
                return fragment(path, new BsonDocument("$gte", place(value, day, Function.DAY, null, path, condition))
                        .append("$lt", place(value, day, Function.NEXT_DAY, null, path, condition)));
            case "gt":
                return fragment(path, new BsonDocument("$gte", place(value, day, Function.NEXT_DAY, null, path, condition)));
            case "gte":
                return fragment(path, new BsonDocument("$gte", place(value, day, Function.DAY, null, path, condition)));
            case "lt":
                return fragment(path, new BsonDocument("$lt", place(value, day, Function.DAY, null, path, condition)));
            case "lte":
                return fragment(path, new BsonDocument("$lt", place(value, day, Function.NEXT_DAY, null, path, condition)));
            case "range": {
                Value[] bounds = bounds(condition);
                return fragment(path, new BsonDocument("$gte", place(bounds[0], day, Function.DAY, null, path, condition))
                        .append("$lt", place(bounds[1], day, Function.NEXT_DAY, null, path, condition)));
            }
            default:
                return new Typed(call(parsed.target(), new TypedFilter.Invocation("date", List.of()),
                        new TypedFilter.Invocation("in", List.of(arg(value, Want.of(Want.Kind.DAYS), condition, parsed)))));
        }
    }

    private Node year(Paths.Parsed parsed, Expr.Condition condition, String comparison, boolean iso) {
        String path = parsed.target().bsonPath();
        Value value = condition.value();
        switch (comparison) {
            case "exact":
                return fragment(path, new BsonDocument("$gte", yearStart(value, 0, iso, path, condition))
                        .append("$lt", yearStart(value, 1, iso, path, condition)));
            case "gt":
                return fragment(path, new BsonDocument("$gte", yearStart(value, 1, iso, path, condition)));
            case "gte":
                return fragment(path, new BsonDocument("$gte", yearStart(value, 0, iso, path, condition)));
            case "lt":
                return fragment(path, new BsonDocument("$lt", yearStart(value, 0, iso, path, condition)));
            case "lte":
                return fragment(path, new BsonDocument("$lt", yearStart(value, 1, iso, path, condition)));
            case "range": {
                Value[] bounds = bounds(condition);
                return fragment(path, new BsonDocument("$gte", yearStart(bounds[0], 0, iso, path, condition))
                        .append("$lt", yearStart(bounds[1], 1, iso, path, condition)));
            }
            default:
                return new Typed(call(parsed.target(), new TypedFilter.Invocation(iso ? "isoYear" : "year", List.of()),
                        new TypedFilter.Invocation("in", List.of(arg(value, Want.of(Want.Kind.INTS), condition, parsed)))));
        }
    }

    private BsonValue yearStart(Value value, int plus, boolean iso, String path, Expr.Condition condition) {
        Arg year = arg(value, Want.of(Want.Kind.INT), condition, current);
        return context.slot(new Slot(Function.YEAR_START, null, year, path, context.where(condition), plus, iso));
    }

    private Node time(Paths.Parsed parsed, Expr.Condition condition, String comparison) {
        String path = parsed.target().bsonPath();
        Value value = condition.value();
        BsonValue computed = new BsonDocument("$mod", array(new BsonDocument("$add", array(new BsonDocument("$mod",
                array(new BsonDocument("$toLong", new BsonString("$" + path)), new BsonInt32(86_400_000))),
                new BsonInt32(86_400_000))), new BsonInt32(86_400_000)));
        Want time = Want.of(Want.Kind.TIME);
        switch (comparison) {
            case "range": {
                Value[] bounds = bounds(condition);
                return new Static(FilterAlgebra.and(List.of(
                        expr("$gte", computed, place(bounds[0], time, Function.TIME, null, path, condition)),
                        expr("$lte", computed, place(bounds[1], time, Function.TIME, null, path, condition)))));
            }
            case "in":
                return new Static(expr("$in", computed, place(value, Want.of(Want.Kind.TIMES), Function.TIMES, null, path,
                        condition)));
            default: {
                String operator = comparison.equals("exact") ? "$eq" : "$" + comparison;
                BsonDocument compared = expr(operator, computed, place(value, time, Function.TIME, null, path, condition));
                return new Static(comparison.equals("lt") || comparison.equals("lte") ? dated(path, compared) : compared);
            }
        }
    }

    /** The date part computed from the field, as {@code DatePartPath.computed}. */
    private static BsonValue computedPart(String part, String path) {
        BsonValue date = new BsonString("$" + path);
        String operator = switch (part) {
            case "month" -> "$month";
            case "day" -> "$dayOfMonth";
            case "week_day" -> "$dayOfWeek";
            case "hour" -> "$hour";
            case "minute" -> "$minute";
            case "second" -> "$second";
            case "week" -> "$isoWeek";
            case "iso_week_day" -> "$isoDayOfWeek";
            default -> null; // quarter
        };
        if (operator == null) {
            return new BsonDocument("$toInt", new BsonDocument("$ceil", new BsonDocument("$divide",
                    array(new BsonDocument("$month", date), new BsonInt32(3)))));
        }
        return new BsonDocument(operator, date);
    }

    private static BsonDocument expr(String operator, BsonValue left, BsonValue right) {
        return new BsonDocument("$expr", new BsonDocument(operator, array(left, right)));
    }

    /** {@code compared} for documents that have a date: the part of a missing date is null, which orders below every number. */
    private static BsonDocument dated(String path, BsonDocument compared) {
        return FilterAlgebra.and(List.of(new BsonDocument(path, new BsonDocument("$ne", BsonNull.VALUE)), compared));
    }

    // ---- values

    /**
     * Where {@code value} goes in the document: a constant for a literal the processor can encode
     * as the codec does, otherwise a slot computed by {@code function} at call time.
     */
    BsonValue place(Value value, Want want, Function function, FieldType codec, String path, Expr.Condition condition) {
        if (value instanceof Expr.Literal literal) {
            BsonValue folded = fold(literal, want, function, codec, condition);
            if (folded != null) {
                return folded;
            }
        }
        if (value instanceof Expr.FValue) {
            throw badValue(condition, value, "F() compares fields with exact, gt, gte, lt, lte and the pattern lookups",
                    "Give a parameter or a literal here");
        }
        Arg arg = arg(value, want, condition, current);
        return context.slot(function, codec, arg, path, context.where(condition));
    }

    /** The Java argument of {@code value}: the parameter, or the literal as a Java constant. */
    Arg arg(Value value, Want want, Expr.Condition condition, Paths.Parsed parsed) {
        if (value instanceof Expr.Param param) {
            QueryContext.Parameter parameter = parameter(param, want, condition, parsed);
            return new Arg.Parameter(parameter.name());
        }
        if (value instanceof Expr.ListValue list) {
            Want item = want.item();
            if (item == null) {
                throw badValue(condition, value, "a list is not " + want.description(), "Give " + want.description());
            }
            List<Arg> items = new ArrayList<>();
            for (Value each : list.items()) {
                items.add(arg(each, item, condition, parsed));
            }
            return new Arg.ListOf(items, boxedOf(item));
        }
        if (value instanceof Expr.Literal literal) {
            return new Arg.Constant(java(literal, want, condition));
        }
        throw badValue(condition, value, "F() is not " + want.description(), "Give a parameter or a literal");
    }

    private QueryContext.Parameter parameter(Expr.Param param, Want want, Expr.Condition condition, Paths.Parsed parsed) {
        QueryContext.Parameter parameter = context.parameter(param, where);
        if (!want.accepts(parameter.type())) {
            throw new Problem(Diagnostic.PARAMETER_TYPE, param.at(), param.text().length(), parameter.name(),
                    parameter.type().readable(), condition.lookup() + (parsed == null ? "" : " (" + parsed.field() + ")"),
                    want.description(), want.declaration());
        }
        return parameter;
    }

    /** The BSON of a literal, when the processor encodes it exactly as the runtime would; otherwise {@code null}. */
    private BsonValue fold(Expr.Literal literal, Want want, Function function, FieldType codec, Expr.Condition condition) {
        switch (function) {
            case VALUE:
            case EQ:
            case REQUIRED:
            case REQUIRED_EQ: {
                if (literal.kind() == Expr.Literal.Kind.NULL) {
                    if (function == Function.REQUIRED || function == Function.REQUIRED_EQ) {
                        throw badValue(condition, literal, "null matches nothing here", "Use " + fieldPart(condition)
                                + "__isnull = true to find missing values");
                    }
                    return BsonNull.VALUE;
                }
                if (want.kind() != Want.Kind.FIELD || !FOLDED.contains(want.type().kind())) {
                    return null;
                }
                return parse(literal, want.type(), condition).bson();
            }
            case STARTS_WITH:
                return new BsonString("^" + escape(text(literal, condition)));
            case ENDS_WITH:
                return new BsonString(escape(text(literal, condition)) + "\\z");
            case CONTAINS:
                return new BsonString(escape(text(literal, condition)));
            case REGEX:
                return new BsonString(text(literal, condition));
            case I_EXACT:
                return new BsonDocument("$regex", new BsonString("^" + escape(text(literal, condition)) + "\\z"))
                        .append("$options", new BsonString("i"));
            case WHOLE:
                return new BsonInt32(intOf(literal, condition));
            case NUMBER:
                return number(literal, condition);
            default:
                return null;
        }
    }

    /** A literal as a Java constant of what {@code want} asks for. */
    private CodeBlock java(Expr.Literal literal, Want want, Expr.Condition condition) {
        if (literal.kind() == Expr.Literal.Kind.NULL) {
            return CodeBlock.of("null");
        }
        switch (want.kind()) {
            case FIELD:
                if (!want.type().kind().isScalar() && want.type().kind() != ValueKind.ENUM) {
                    throw badValue(condition, literal, "a literal cannot be " + want.description(), "Pass it as a parameter");
                }
                return parse(literal, want.type(), condition).javaExpression();
            case TEXT:
                return CodeBlock.of("$S", text(literal, condition));
            case BOOL:
                if (literal.kind() != Expr.Literal.Kind.BOOLEAN) {
                    throw badValue(condition, literal, "expected true or false", "Write true or false");
                }
                return CodeBlock.of("$L", literal.text());
            case INT:
                return CodeBlock.of("$L", intOf(literal, condition));
            case DAY:
                try {
                    return CodeBlock.of("$T.parse($S)", LocalDate.class, LocalDate.parse(text(literal, condition)).toString());
                } catch (DateTimeParseException e) {
                    throw badValue(condition, literal, "expected a day such as '2024-01-31'", "Write the day as yyyy-mm-dd");
                }
            case TIME:
                try {
                    return CodeBlock.of("$T.parse($S)", LocalTime.class, LocalTime.parse(text(literal, condition)).toString());
                } catch (DateTimeParseException e) {
                    throw badValue(condition, literal, "expected a time such as '12:30'", "Write the time as hh:mm or hh:mm:ss");
                }
            case NUMBER: {
                BsonValue number = number(literal, condition);
                return number.isInt32() ? CodeBlock.of("$L", number.asInt32().getValue())
                        : number.isInt64() ? CodeBlock.of("$LL", number.asInt64().getValue())
                        : CodeBlock.of("$L", Double.toString(number.asDouble().getValue()));
            }
            default:
                throw badValue(condition, literal, "a literal cannot be " + want.description(), "Pass it as a parameter");
        }
    }

    private Literal parse(Expr.Literal literal, FieldType type, Expr.Condition condition) {
        String text = literal.text();
        if (literal.kind() == Expr.Literal.Kind.NUMBER && (text.endsWith("L") || text.endsWith("l"))) {
            text = text.substring(0, text.length() - 1);
        }
        if (literal.kind() == Expr.Literal.Kind.NUMBER && !isNumeric(type.kind())) {
            if (type.kind() != ValueKind.STRING) {
                throw badValue(condition, literal, "a number is not a value of " + Paths.simpleType(type),
                        "Write the value as the field's values are written");
            }
        }
        if (literal.kind() == Expr.Literal.Kind.STRING && isNumeric(type.kind())) {
            throw badValue(condition, literal, "text is not a value of " + Paths.simpleType(type), "Write the number "
                    + "without quotes");
        }
        try {
            return Literal.parse(type, text);
        } catch (IllegalArgumentException e) {
            throw badValue(condition, literal, e.getMessage(), "Write the value as the field's values are written");
        }
    }

    private static boolean isNumeric(ValueKind kind) {
        return kind == ValueKind.INT || kind == ValueKind.LONG || kind == ValueKind.DOUBLE || kind == ValueKind.FLOAT
                || kind == ValueKind.SHORT || kind == ValueKind.BYTE || kind == ValueKind.DECIMAL;
    }

    private String text(Expr.Literal literal, Expr.Condition condition) {
        if (literal.kind() == Expr.Literal.Kind.NULL) {
            throw badValue(condition, literal, "a pattern cannot be null", "Use " + fieldPart(condition)
                    + "__isnull = true to find missing values");
        }
        return literal.text(); // a number or a boolean matches as its text, as in Django
    }

    private int intOf(Expr.Literal literal, Expr.Condition condition) {
        try {
            if (literal.kind() == Expr.Literal.Kind.NUMBER) {
                return Integer.parseInt(literal.text());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw badValue(condition, literal, "expected a whole number", "Write a whole number such as 3");
    }

    private BsonValue number(Expr.Literal literal, Expr.Condition condition) {
        String text = literal.text();
        if (literal.kind() != Expr.Literal.Kind.NUMBER) {
            throw badValue(condition, literal, "expected a number", "Write a number such as 2 or 1.5");
        }
        try {
            if (text.endsWith("L") || text.endsWith("l")) {
                return new BsonInt64(Long.parseLong(text.substring(0, text.length() - 1)));
            }
            if (text.matches("[-+]?\\d+")) {
                long value = Long.parseLong(text);
                return value == (int) value ? new BsonInt32((int) value) : new BsonInt64(value);
            }
            return new BsonDouble(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            throw badValue(condition, literal, "it is too large", "Write a smaller number");
        }
    }

    private static TypeName boxedOf(Want item) {
        switch (item.kind()) {
            case FIELD:
                return item.type().boxed();
            case TEXT:
                return ClassName.get(String.class);
            case INT:
                return ClassName.get(Integer.class);
            case DAY:
                return ClassName.get(LocalDate.class);
            case TIME:
                return ClassName.get(LocalTime.class);
            case COLLECTION:
                return com.palantir.javapoet.ParameterizedTypeName.get(ClassName.get(List.class), item.type().boxed());
            default:
                return ClassName.get(Object.class);
        }
    }

    /** {@code value} with every regular-expression metacharacter escaped, as {@code StringPath.escape}. */
    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ("\\^$.|?*+()[]{}".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    // ---- helpers

    /** {@code {path: value}}: one condition on one field. */
    private static Static fragment(String path, BsonValue value) {
        return new Static(new BsonDocument(path, value));
    }

    private static TypedFilter call(Paths.Target target, TypedFilter.Invocation... calls) {
        return new TypedFilter.Call(target.root(), target.steps(), List.of(calls));
    }

    private static BsonArray array(BsonValue... values) {
        BsonArray array = new BsonArray();
        for (BsonValue value : values) {
            array.add(value);
        }
        return array;
    }

    /** The two bounds of {@code range}: {@code [from, to]}. */
    private Value[] bounds(Expr.Condition condition) {
        Value value = condition.value();
        if (value instanceof Expr.ListValue list && list.items().size() == 2) {
            return new Value[] {list.items().get(0), list.items().get(1)};
        }
        throw badValue(condition, value, "range takes two bounds", "Write " + condition.lookup() + " = [:from, :to]");
    }

    private static boolean isNullLiteral(Value value) {
        return value instanceof Expr.Literal literal && literal.kind() == Expr.Literal.Kind.NULL;
    }

    private static boolean isIntLiteral(Value value) {
        return value instanceof Expr.Literal literal && literal.kind() == Expr.Literal.Kind.NUMBER
                && literal.text().matches("[-+]?\\d+");
    }

    private static int intOf(Value value) {
        return Integer.parseInt(((Expr.Literal) value).text());
    }

    /** Whether {@code value} is a collection rather than one element: a list, or a parameter of a collection type. */
    private boolean isCollectionValue(Value value) {
        if (value instanceof Expr.ListValue) {
            return true;
        }
        if (value instanceof Expr.Param param) {
            QueryContext.Parameter parameter = context.parameter(param, where);
            return parameter.type().kind() == JavaType.Kind.COLLECTION;
        }
        return false;
    }

    /** Whether {@code value} is a list of lists: each value a whole array ({@code in} on an array field). */
    private boolean isNested(Value value) {
        if (value instanceof Expr.ListValue list) {
            return !list.items().isEmpty() && list.items().stream().allMatch(item -> item instanceof Expr.ListValue
                    || isNullLiteral(item));
        }
        if (value instanceof Expr.Param param) {
            QueryContext.Parameter parameter = context.parameter(param, where);
            return parameter.type().kind() == JavaType.Kind.COLLECTION
                    && parameter.type().element().kind() == JavaType.Kind.COLLECTION;
        }
        return false;
    }

    private static boolean isTemporal(ValueKind kind) {
        return kind == ValueKind.INSTANT || kind == ValueKind.DATE || kind == ValueKind.LOCAL_DATE
                || kind == ValueKind.LOCAL_DATE_TIME;
    }

    private static List<String> partsOf(ValueKind kind) {
        return kind == ValueKind.LOCAL_DATE ? Paths.DAY_PARTS : Paths.DATE_PARTS;
    }

    /** The lookups of a field of {@code type}, as {@code Lookups.valid}. */
    private static List<String> valid(FieldType type) {
        ValueKind kind = type.kind();
        if (kind == ValueKind.EMBEDDED) {
            return Paths.EMBEDDED;
        }
        if (kind.isReference()) {
            return Paths.REFERENCES;
        }
        List<String> valid = new ArrayList<>(Paths.COMMON);
        if (isNumeric(kind) || isTemporal(kind) || kind == ValueKind.STRING || kind == ValueKind.OBJECT_ID
                || kind == ValueKind.CHAR) {
            valid.addAll(Paths.ORDERED);
        }
        if (kind != ValueKind.BINARY) {
            valid.addAll(Paths.PATTERNS);
        }
        if (isTemporal(kind)) {
            valid.addAll(partsOf(kind));
        }
        return valid;
    }

    private void only(Paths.Parsed parsed, int parts) {
        if (parsed.lookups().size() > parts) {
            throw invalidLookup(parsed, parts, List.of());
        }
    }

    private Problem invalidLookup(Paths.Parsed parsed, int index, List<String> valid) {
        String lookup = parsed.lookups().get(index);
        String fix = valid.isEmpty() ? "Remove \"__" + lookup + "\"" : "Lookups for this field: "
                + String.join(", ", new LinkedHashSet<>(valid));
        return new Problem(Diagnostic.UNKNOWN_LOOKUP, parsed.lookupAt().get(index), lookup.length(), where, lookup,
                "a lookup", parsed.target().model() + "." + parsed.target().field(), Paths.simpleType(parsed.target().type()),
                Closest.suggestion(lookup, valid), fix);
    }

    private Problem badValue(Expr.Condition condition, Value value, String problem, String fix) {
        int at = value == null ? condition.at() : value.at();
        int length = value == null ? condition.lookup().length() : value.text().length();
        return new Problem(Diagnostic.BAD_VALUE, at, length, where, value == null ? "no value" : value.text(),
                condition.lookup(), problem, fix);
    }

    /** The field part of a condition's lookup, for advice: {@code rating} of {@code rating__gte}. */
    private static String fieldPart(Expr.Condition condition) {
        String lookup = condition.lookup();
        int last = lookup.lastIndexOf("__");
        return last < 0 ? lookup : lookup.substring(0, last);
    }
}
