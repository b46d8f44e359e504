package io.djongo.processor.analysis.queries;

import com.palantir.javapoet.ClassName;
import io.djongo.processor.analysis.Diagnostic;
import io.djongo.processor.model.FieldModel;
import io.djongo.processor.model.FieldType;
import io.djongo.processor.model.ValueKind;
import io.djongo.processor.model.queries.Arg;
import io.djongo.processor.model.queries.Slot.Function;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Checks the JSON of declared queries against the model and turns it into templates: the fields a
 * filter, an update or the first stages of a pipeline name must exist (by their document keys), the
 * operators and stages must be MongoDB's, and each parameter must fit where it stands. A parameter
 * under a field is encoded with that field's codec, as the runtime stores it; elsewhere (in
 * {@code $expr}, in a {@code $group}) with the codec of its Java type.
 */
final class JsonQueries {
    static final List<String> TOP = List.of("$and", "$or", "$nor", "$expr", "$text", "$comment", "$jsonSchema");
    static final List<String> FIELD = List.of("$eq", "$ne", "$gt", "$gte", "$lt", "$lte", "$in", "$nin", "$exists",
            "$type", "$regex", "$options", "$not", "$elemMatch", "$all", "$size", "$mod", "$bitsAllSet", "$bitsAnySet",
            "$bitsAllClear", "$bitsAnyClear", "$geoWithin", "$geoIntersects", "$near", "$nearSphere", "$maxDistance",
            "$minDistance");
    static final List<String> UPDATE = List.of("$set", "$unset", "$inc", "$mul", "$min", "$max", "$rename", "$push",
            "$addToSet", "$pull", "$pullAll", "$pop", "$currentDate", "$setOnInsert", "$bit");
    static final List<String> STAGES = List.of("$match", "$sort", "$limit", "$skip", "$project", "$group", "$unwind",
            "$lookup", "$addFields", "$set", "$unset", "$replaceRoot", "$replaceWith", "$count", "$facet", "$bucket",
            "$bucketAuto", "$sortByCount", "$sample", "$unionWith", "$graphLookup", "$densify", "$fill", "$redact",
            "$setWindowFields", "$geoNear", "$out", "$merge", "$search", "$documents", "$changeStream");
    /** Stages after which the documents still have the model's shape. */
    private static final List<String> SHAPE_KEEPING = List.of("$match", "$sort", "$limit", "$skip", "$sample");

    private final Paths paths;
    private final QueryContext context;
    private final String where;

    JsonQueries(Paths paths, QueryContext context, String where) {
        this.paths = paths;
        this.context = context;
        this.where = where;
    }

    // ---- filters

    /** A query document on {@code model}. */
    BsonDocument filter(Json.Node node, ClassName model) {
        Json.Document document = document(node, "a query is a document, such as {rating: {$gte: :min}}");
        BsonDocument out = new BsonDocument();
        for (Json.Entry entry : document.entries()) {
            String key = entry.key();
            if (key.startsWith("$")) {
                out.append(key, topLevel(entry, model));
                continue;
            }
            FieldType type = resolve(model, key, entry.at(), false);
            out.append(key, condition(entry.value(), type, key));
        }
        return out;
    }

    private BsonValue topLevel(Json.Entry entry, ClassName model) {
        switch (entry.key()) {
            case "$and":
            case "$or":
            case "$nor": {
                if (!(entry.value() instanceof Json.Array array) || array.items().isEmpty()) {
                    throw problem(entry.value().at(), 1, entry.key() + " takes a non-empty list of query documents");
                }
                BsonArray clauses = new BsonArray();
                for (Json.Node item : array.items()) {
                    clauses.add(filter(item, model));
                }
                return clauses;
            }
            case "$where":
                throw new Problem(Diagnostic.UNKNOWN_OPERATOR, entry.at(), entry.key().length(), where, entry.key(),
                        "allowed: JavaScript in queries is never sent", "", "Use $expr with aggregation operators instead");
            default:
                if (!TOP.contains(entry.key())) {
                    throw unknownOperator(entry, "a query operator", TOP, "Query operators at the top: " + String.join(", ", TOP)
                            + "; field conditions go under a field");
                }
                return expression(entry.value(), entry.key().equals("$expr") ? model : null);
        }
    }

    /** The condition on a field of {@code type}: a value, or a document of operators. */
    private BsonValue condition(Json.Node node, FieldType type, String path) {
        if (node instanceof Json.Document document && !document.entries().isEmpty()
                && document.entries().get(0).key().startsWith("$")) {
            BsonDocument out = new BsonDocument();
            for (Json.Entry entry : document.entries()) {
                out.append(entry.key(), operator(entry, type, path));
            }
            return out;
        }
        return value(node, type, path, true);
    }

    private BsonValue operator(Json.Entry entry, FieldType type, String path) {
        Json.Node value = entry.value();
        switch (entry.key()) {
            case "$eq":
            case "$ne":
            case "$gt":
            case "$gte":
            case "$lt":
            case "$lte":
                return value(value, type, path, true);
            case "$in":
            case "$nin":
            case "$all":
                return values(value, type, path);
            case "$exists":
                return typed(value, Want.of(Want.Kind.BOOL), FieldType.scalar(ValueKind.BOOLEAN, bool()), path);
            case "$size":
                return typed(value, Want.of(Want.Kind.INT), FieldType.scalar(ValueKind.INT, integer()), path);
            case "$regex":
            case "$options":
                return typed(value, Want.of(Want.Kind.TEXT), FieldType.scalar(ValueKind.STRING, text()), path);
            case "$not":
                return condition(value, type, path);
            case "$elemMatch": {
                FieldType element = type.element() != null ? type.element() : type;
                if (element.kind() == ValueKind.EMBEDDED && value instanceof Json.Document document
                        && (document.entries().isEmpty() || !document.entries().get(0).key().startsWith("$"))) {
                    return filter(value, element.modelClass());
                }
                return condition(value, element, path);
            }
            default:
                if (!FIELD.contains(entry.key())) {
                    throw unknownOperator(entry, "a field condition", FIELD, "Field conditions: $eq, $ne, $gt, $gte, $lt, "
                            + "$lte, $in, $nin, $exists, $type, $regex, $not, $elemMatch, $all, $size, ...");
                }
                return expression(value, null);
        }
    }

    /** A value compared with a field of {@code type} (or, for an array, with its elements). */
    private BsonValue value(Json.Node node, FieldType type, String path, boolean elements) {
        if (node instanceof Json.Param param) {
            QueryContext.Parameter parameter = context.parameter(new Expr.Param(param.name(), param.at()), where);
            JavaType java = parameter.type();
            if (java.fits(type)) {
                return slot(parameter, type, path);
            }
            if (elements && type.element() != null && (type.kind() == ValueKind.LIST || type.kind() == ValueKind.SET)
                    && java.fits(type.element())) {
                return slot(parameter, type.element(), path);
            }
            throw parameterType(parameter, param, path, Want.field(type));
        }
        return expression(node, null);
    }

    /** The values of {@code $in}, {@code $nin}, {@code $all}: a list of the field's values or elements. */
    private BsonValue values(Json.Node node, FieldType type, String path) {
        FieldType element = type.element() != null && (type.kind() == ValueKind.LIST || type.kind() == ValueKind.SET)
                ? type.element() : type;
        if (node instanceof Json.Param param) {
            QueryContext.Parameter parameter = context.parameter(new Expr.Param(param.name(), param.at()), where);
            if (parameter.type().isCollectionOf(element)) {
                return context.slot(Function.ARRAY, element, new Arg.Parameter(parameter.name()), path, where(param));
            }
            if (parameter.type().isCollectionOf(type)) {
                return context.slot(Function.ARRAY, type, new Arg.Parameter(parameter.name()), path, where(param));
            }
            throw parameterType(parameter, param, path, Want.collection(element));
        }
        if (node instanceof Json.Array array) {
            BsonArray out = new BsonArray();
            for (Json.Node item : array.items()) {
                out.add(value(item, type, path, true));
            }
            return out;
        }
        throw problem(node.at(), 1, "expected a list of values");
    }

    private BsonValue typed(Json.Node node, Want want, FieldType codec, String path) {
        if (node instanceof Json.Param param) {
            QueryContext.Parameter parameter = context.parameter(new Expr.Param(param.name(), param.at()), where);
            if (!want.accepts(parameter.type())) {
                throw parameterType(parameter, param, path, want);
            }
            return context.slot(Function.VALUE, codec, new Arg.Parameter(parameter.name()), path, where(param));
        }
        return expression(node, null);
    }

    /** A parameter's value under a field of {@code type}. */
    private BsonValue slot(QueryContext.Parameter parameter, FieldType type, String path) {
        if (type.kind() == ValueKind.LIST || type.kind() == ValueKind.SET) {
            return context.slot(Function.LIST, type.element(), new Arg.Parameter(parameter.name()), path, context.label());
        }
        return context.slot(Function.VALUE, type, new Arg.Parameter(parameter.name()), path, context.label());
    }

    /**
     * A value with no field to type it (inside {@code $expr}, a stage, a literal document): literals as
     * written, parameters encoded by their Java type. With {@code model}, {@code '$field'} strings are
     * field references and are checked.
     */
    private BsonValue expression(Json.Node node, ClassName model) {
        if (node instanceof Json.Param param) {
            QueryContext.Parameter parameter = context.parameter(new Expr.Param(param.name(), param.at()), where);
            JavaType java = parameter.type();
            if (java.kind() == JavaType.Kind.COLLECTION && java.element().asFieldType() != null) {
                return context.slot(Function.ARRAY, java.element().asFieldType(), new Arg.Parameter(parameter.name()), "",
                        where(param));
            }
            FieldType type = java.asFieldType();
            if (type == null) {
                throw new Problem(Diagnostic.PARAMETER_TYPE, param.at(), param.name().length() + 1, parameter.name(),
                        java.readable(), where, "values Djongo can write as BSON",
                        "a String, a number, a boolean, a date, an ObjectId, a model, or a List of them");
            }
            return context.slot(Function.VALUE, type, new Arg.Parameter(parameter.name()), "", where(param));
        }
        if (node instanceof Json.Document document) {
            BsonDocument out = new BsonDocument();
            for (Json.Entry entry : document.entries()) {
                out.append(entry.key(), expression(entry.value(), model));
            }
            return out;
        }
        if (node instanceof Json.Array array) {
            BsonArray out = new BsonArray();
            for (Json.Node item : array.items()) {
                out.add(expression(item, model));
            }
            return out;
        }
        Json.Scalar scalar = (Json.Scalar) node;
        if (model != null && scalar.value().isString()) {
            String text = scalar.value().asString().getValue();
            if (text.startsWith("$") && !text.startsWith("$$") && text.length() > 1) {
                resolve(model, text.substring(1), scalar.at() + 2, true);
            }
        }
        return scalar.value();
    }

    // ---- updates

    /** An update document ({@code {$inc: {rating: :by}}}) or pipeline ({@code [{$set: ...}]}) on {@code model}. */
    BsonValue update(Json.Node node, ClassName model) {
        if (node instanceof Json.Array) {
            return pipeline(node, model);
        }
        Json.Document document = document(node, "an update is a document of operators, such as {$inc: {rating: :by}}");
        BsonDocument out = new BsonDocument();
        for (Json.Entry entry : document.entries()) {
            if (!UPDATE.contains(entry.key())) {
                throw unknownOperator(entry, "an update operator", UPDATE, "Update operators: " + String.join(", ", UPDATE));
            }
            Json.Document fields = document(entry.value(), entry.key() + " takes a document of fields");
            BsonDocument changes = new BsonDocument();
            for (Json.Entry field : fields.entries()) {
                FieldType type = resolve(model, field.key(), field.at(), false);
                changes.append(field.key(), change(entry.key(), field, type));
            }
            out.append(entry.key(), changes);
        }
        return out;
    }

    private BsonValue change(String operator, Json.Entry field, FieldType type) {
        Json.Node value = field.value();
        String path = field.key();
        FieldType element = type.element() != null && (type.kind() == ValueKind.LIST || type.kind() == ValueKind.SET)
                ? type.element() : null;
        switch (operator) {
            case "$set":
            case "$setOnInsert":
            case "$min":
            case "$max":
                return value(value, type, path, false);
            case "$inc":
            case "$mul":
                if (value instanceof Json.Param param) {
                    QueryContext.Parameter parameter = context.parameter(new Expr.Param(param.name(), param.at()), where);
                    if (!parameter.type().isNumber()) {
                        throw parameterType(parameter, param, path, Want.of(Want.Kind.NUMBER));
                    }
                    return context.slot(Function.NUMBER, null, new Arg.Parameter(parameter.name()), path, where(param));
                }
                return expression(value, null);
            case "$push":
            case "$addToSet":
            case "$pull":
                if (element == null) {
                    return expression(value, null);
                }
                if (value instanceof Json.Document document && !document.entries().isEmpty()
                        && document.entries().get(0).key().equals("$each")) {
                    BsonDocument modifiers = new BsonDocument();
                    for (Json.Entry modifier : document.entries()) {
                        modifiers.append(modifier.key(), modifier.key().equals("$each") ? values(modifier.value(), type, path)
                                : expression(modifier.value(), null));
                    }
                    return modifiers;
                }
                return operator.equals("$pull") && value instanceof Json.Document ? condition(value, element, path)
                        : value(value, element, path, false);
            case "$pullAll":
                return values(value, type, path);
            default:
                return expression(value, null);
        }
    }

    // ---- pipelines

    /** An aggregation pipeline on {@code model}: the fields of its stages are checked until the documents change shape. */
    BsonArray pipeline(Json.Node node, ClassName model) {
        if (!(node instanceof Json.Array array)) {
            throw problem(node.at(), 1, "a pipeline is a list of stages, such as [{$match: {rating: {$gte: :min}}}]");
        }
        BsonArray stages = new BsonArray();
        boolean shaped = true;
        for (Json.Node item : array.items()) {
            Json.Document stage = document(item, "each stage is a document, such as {$match: {...}}");
            if (stage.entries().size() != 1) {
                throw problem(stage.at(), 1, "a stage has exactly one key, its name, such as $match");
            }
            Json.Entry entry = stage.entries().get(0);
            if (!STAGES.contains(entry.key())) {
                throw unknownOperator(entry, "an aggregation stage", STAGES, "Stages: $match, $group, $sort, $project, "
                        + "$limit, $skip, $unwind, $lookup, $addFields, $count, ...");
            }
            BsonValue body;
            if (entry.key().equals("$match")) {
                body = shaped ? filter(entry.value(), model) : expression(entry.value(), null);
            } else if (entry.key().equals("$sort") && shaped) {
                Json.Document keys = document(entry.value(), "$sort takes a document of fields and directions");
                BsonDocument sort = new BsonDocument();
                for (Json.Entry key : keys.entries()) {
                    resolve(model, key.key(), key.at(), false);
                    sort.append(key.key(), expression(key.value(), null));
                }
                body = sort;
            } else {
                body = expression(entry.value(), shaped ? model : null);
            }
            stages.add(new BsonDocument(entry.key(), body));
            shaped &= SHAPE_KEEPING.contains(entry.key());
        }
        return stages;
    }

    // ---- fields

    /**
     * The type at dotted document path {@code key} of {@code model}: through embedded models, array
     * elements and indexes, map keys, and in updates the positional {@code $}, {@code $[]} and
     * {@code $[id]}.
     */
    FieldType resolve(ClassName model, String key, int at, boolean reference) {
        String[] parts = key.split("\\.", -1);
        List<FieldModel> fields = paths.fields(model);
        String owner = model.simpleName();
        FieldType type = null;
        int offset = at;
        for (String part : parts) {
            if (type != null && type.kind() == ValueKind.MAP) {
                type = type.element();
                fields = modelFields(type);
                offset += part.length() + 1;
                continue;
            }
            if (type != null && (type.kind() == ValueKind.LIST || type.kind() == ValueKind.SET)) {
                FieldType element = type.element();
                if (part.matches("\\d+") || part.equals("$") || part.startsWith("$[")) {
                    type = element;
                    fields = modelFields(type);
                    offset += part.length() + 1;
                    continue;
                }
                type = element;
                fields = modelFields(element);
            }
            if (fields == null) {
                throw new Problem(Diagnostic.UNKNOWN_FIELD, offset, part.length(), where, part,
                        Paths.simpleType(type) + " (a value without fields)", "", "none");
            }
            FieldModel field = null;
            for (FieldModel candidate : fields) {
                if (candidate.bsonName().equals(part)) {
                    field = candidate;
                }
            }
            if (field == null) {
                List<String> keys = new ArrayList<>();
                String hint = "";
                for (FieldModel candidate : fields) {
                    keys.add(candidate.bsonName());
                    if (candidate.name().equals(part) || Paths.snakeCase(candidate.name()).equals(part)) {
                        hint = " JSON names fields by their document key: did you mean \"" + candidate.bsonName() + "\"?";
                    }
                }
                if (hint.isEmpty()) {
                    hint = Closest.suggestion(part, keys);
                }
                throw new Problem(Diagnostic.UNKNOWN_FIELD, offset, part.length(), where, part, owner, hint,
                        String.join(", ", keys));
            }
            type = field.type();
            fields = modelFields(type);
            if (type.kind() == ValueKind.EMBEDDED) {
                owner = type.modelClass().simpleName();
            } else if (type.isModelArray()) {
                owner = type.element().modelClass().simpleName();
            }
            offset += part.length() + 1;
        }
        return type;
    }

    private List<FieldModel> modelFields(FieldType type) {
        return type.kind() == ValueKind.EMBEDDED ? paths.fields(type.modelClass()) : null;
    }

    // ---- messages

    private Json.Document document(Json.Node node, String expected) {
        if (node instanceof Json.Document document) {
            return document;
        }
        throw problem(node.at(), 1, expected);
    }

    private String where(Json.Param param) {
        return context.label() + ": " + param.name();
    }

    private Problem problem(int at, int length, String what) {
        return new Problem(Diagnostic.BAD_JSON, at, length, where, what);
    }

    private Problem unknownOperator(Json.Entry entry, String kind, List<String> choices, String fix) {
        return new Problem(Diagnostic.UNKNOWN_OPERATOR, entry.at(), entry.key().length(), where, entry.key(), kind,
                Closest.suggestion(entry.key(), choices), fix);
    }

    private Problem parameterType(QueryContext.Parameter parameter, Json.Param param, String path, Want want) {
        return new Problem(Diagnostic.PARAMETER_TYPE, param.at(), param.name().length() + 1, parameter.name(),
                parameter.type().readable(), path, want.description(), want.declaration());
    }

    private static com.palantir.javapoet.TypeName bool() {
        return ClassName.get(Boolean.class);
    }

    private static com.palantir.javapoet.TypeName integer() {
        return ClassName.get(Integer.class);
    }

    private static com.palantir.javapoet.TypeName text() {
        return ClassName.get(String.class);
    }
}
