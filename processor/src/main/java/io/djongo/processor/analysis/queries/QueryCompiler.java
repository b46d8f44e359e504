package io.djongo.processor.analysis.queries;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.djongo.annotations.ArrayModel;
import io.djongo.annotations.EmbeddedModel;
import io.djongo.annotations.Model;
import io.djongo.processor.analysis.Diagnostic;
import io.djongo.processor.analysis.Reporter;
import io.djongo.processor.model.FieldType;
import io.djongo.processor.model.ModelClass;
import io.djongo.processor.model.queries.Arg;
import io.djongo.processor.model.queries.QueryMethod;
import io.djongo.processor.model.queries.QueryMethod.Action;
import io.djongo.processor.model.queries.QueryMethod.Result;
import io.djongo.processor.model.queries.QueryMethod.Shape;
import io.djongo.processor.model.queries.Slot;
import io.djongo.processor.model.queries.Template;
import io.djongo.processor.model.queries.TypedFilter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * Compiles one method of a {@code @Queries} interface: reads its annotations (or its name), checks
 * its parameters and return type, and builds the command it sends as one template: a {@code find}
 * command as {@code QuerySet.toBson()} writes it, an {@code update} or {@code delete} command, or an
 * {@code aggregate} command. Each problem is reported where it is, with a caret under its place.
 */
final class QueryCompiler {
    private static final String PACKAGE = "io.djongo.annotations.";

    private final Paths paths;
    private final Reporter reporter;
    private final ModelClass model;
    private final ExecutableElement method;
    private final ExecutableType type;
    private final String label;
    private final QueryContext context;
    private final Pages pages;
    private boolean failed;

    QueryCompiler(Paths paths, Reporter reporter, ModelClass model, ExecutableElement method, ExecutableType type,
            String label) {
        this.paths = paths;
        this.reporter = reporter;
        this.model = model;
        this.method = method;
        this.type = type;
        this.label = label;
        this.context = new QueryContext(label, method.getParameters(), type.getParameterTypes());
        this.pages = new Pages(reporter, paths, model, method, label, context);
        this.failed = pages.failed();
    }

    /** An annotation of the method with its one text value. */
    private record Text(AnnotationMirror mirror, AnnotationValue value, String text, String name, String label) {
        /** {@code @Filter of EntryQueries.byBlog}, how messages name it. */
        String where() {
            return "@" + name + " of " + label;
        }
    }

    QueryMethod compile() {
        Text filter = text("Filter");
        Text exclude = text("Exclude");
        Text update = text("Update");
        Text aggregate = text("Aggregate");
        AnnotationMirror orderBy = mirror("OrderBy");
        AnnotationMirror limit = mirror("Limit");
        AnnotationMirror delete = mirror("Delete");
        String declaration = declaration();

        Action action;
        if (aggregate != null) {
            if (filter != null || exclude != null || update != null || orderBy != null || limit != null || delete != null) {
                return conflict(aggregate.mirror(), "@Aggregate is the whole query, so it takes no @Filter, @Exclude, "
                        + "@OrderBy, @Limit, @Update or @Delete", "Put the conditions, order and limit in the pipeline "
                        + "($match, $sort, $limit)", declaration);
            }
            action = Action.AGGREGATE;
        } else if (update != null) {
            if (delete != null) {
                return conflict(delete, "@Update and @Delete cannot both run", "Keep one of them", declaration);
            }
            if (orderBy != null || limit != null) {
                return conflict(orderBy != null ? orderBy : limit, "@Update changes every document the filter matches, so "
                        + "it has no order or slice", "Remove @OrderBy and @Limit, or select the documents by id", declaration);
            }
            action = Action.UPDATE;
        } else if (delete != null) {
            if (orderBy != null || limit != null) {
                return conflict(orderBy != null ? orderBy : limit, "@Delete deletes every document the filter matches, so "
                        + "it has no order or slice", "Remove @OrderBy and @Limit, or select the documents by id", declaration);
            }
            action = Action.DELETE;
        } else if (filter != null || exclude != null || orderBy != null || limit != null) {
            action = Action.READ;
        } else {
            return derived(declaration);
        }

        Result result = result(action, -1, null);
        BsonDocument command;
        Conditions.Node filterNode = null;
        Conditions.Node excludeNode = null;
        ClassName root = model.className();
        if (filter != null) {
            filterNode = filterNode(filter, root);
        }
        if (exclude != null) {
            excludeNode = excludeNode(exclude, root);
        }
        String collection = model.collection();
        List<String> order = null;
        switch (action) {
            case AGGREGATE: {
                BsonValue pipeline = compileText(aggregate, () -> new JsonQueries(paths, context, aggregate.where())
                        .pipeline(Json.parse(aggregate.text(), aggregate.where()), root));
                command = pipeline == null ? null : new BsonDocument("aggregate", new BsonString(collection))
                        .append("pipeline", pipeline);
                break;
            }
            case UPDATE: {
                BsonValue changes = compileText(update, () -> {
                    if (isJson(update.text())) {
                        return new JsonQueries(paths, context, update.where()).update(Json.parse(update.text(), update.where()),
                                root);
                    }
                    Conditions local = new Conditions(paths, context, update.where());
                    return new UpdateCompiler(paths, local, context, update.where())
                            .compile(LookupSyntax.parse(update.text(), update.where()), root);
                });
                BsonValue q = query(filterNode, excludeNode);
                command = changes == null || q == null ? null : new BsonDocument("update", new BsonString(collection))
                        .append("updates", new BsonArray(List.of(new BsonDocument("q", q).append("u", changes)
                                .append("multi", BsonBoolean.TRUE))));
                break;
            }
            case DELETE: {
                BsonValue q = query(filterNode, excludeNode);
                command = q == null ? null : new BsonDocument("delete", new BsonString(collection)).append("deletes",
                        new BsonArray(List.of(new BsonDocument("q", q).append("limit", new BsonInt32(0)))));
                break;
            }
            default: {
                order = orderBy == null ? null : order(orderBy);
                int[] slice = limit == null ? new int[] {0, -1} : slice(limit);
                command = find(filterNode, excludeNode, order, slice[0], slice[1]);
                break;
            }
        }
        if (!failed && !pages.check(result, shown(), sorted(order), orderBy, limit, -1, false)) {
            return failed(declaration);
        }
        return finish(action, result, command, filterNode, excludeNode, declaration);
    }

    // ---- derived names

    private QueryMethod derived(String declaration) {
        String name = method.getSimpleName().toString();
        if (!DerivedNames.isDerived(name)) {
            reporter.report(Diagnostic.NO_QUERY, method, label);
            return failed(declaration);
        }
        List<String> names = new ArrayList<>();
        for (QueryContext.Parameter parameter : context.valueParameters()) {
            names.add(parameter.name());
        }
        DerivedNames.Derived derived;
        Conditions.Node filterNode = null;
        try {
            derived = DerivedNames.parse(paths, model.className(), name, names);
            if (derived.filter() != null) {
                Conditions conditions = new Conditions(paths, context, "the name " + name);
                filterNode = conditions.grouped(conditions.compile(derived.filter(), model.className()), model.className());
            }
        } catch (Problem problem) {
            reporter.report(problem.diagnostic(), method, problem.args(name));
            return failed(declaration);
        }
        declaration = name + ", read as " + derivedDeclaration(derived);
        Action action = switch (derived.kind()) {
            case DELETE -> Action.DELETE;
            default -> Action.READ;
        };
        Result result = result(action, derived.limit(), derived.kind());
        BsonDocument command;
        List<String> order = null;
        if (action == Action.DELETE) {
            BsonValue q = query(filterNode, null);
            command = q == null ? null : new BsonDocument("delete", new BsonString(model.collection())).append("deletes",
                    new BsonArray(List.of(new BsonDocument("q", q).append("limit", new BsonInt32(0)))));
        } else {
            order = derived.order().isEmpty() ? null : sortKeys(derived.order(), null);
            command = find(filterNode, null, order, 0, derived.limit());
        }
        if (!failed && !pages.check(result, shown(), sorted(order), null, null, derived.limit(), true)) {
            return failed(declaration);
        }
        return finish(action, result, command, filterNode, null, declaration);
    }

    // ---- the command

    /** The find command: filter, sort (the model's default ordering without {@code order}), skip, limit. */
    private BsonDocument find(Conditions.Node filter, Conditions.Node exclude, List<String> order, int offset, int limit) {
        BsonDocument command = new BsonDocument("find", new BsonString(model.collection()));
        if (!typed(filter, exclude)) {
            BsonDocument document = staticQuery(filter, exclude);
            if (document == null) {
                return null;
            }
            command.append("filter", document);
        }
        BsonDocument sort = new BsonDocument();
        for (String key : sorted(order)) {
            boolean descending = key.startsWith("-");
            String path = descending ? key.substring(1) : key;
            if (!sort.containsKey(path)) { // a field named twice keeps its first key, as QuerySet does
                sort.append(path, new BsonInt32(descending ? -1 : 1));
            }
        }
        if (!sort.isEmpty()) {
            command.append("sort", sort);
        }
        if (offset > 0) {
            command.append("skip", new BsonInt32(offset));
        }
        if (limit >= 0) {
            command.append("limit", new BsonInt32(limit));
        }
        return command;
    }

    /** The sort keys of a query: its own {@code order}, or the model's default ordering without one. */
    private List<String> sorted(List<String> order) {
        return order != null ? order : model.options().ordering();
    }

    /** The {@code q} of an update or a deletion: the filter document, or a slot for one built at call time. */
    private BsonValue query(Conditions.Node filter, Conditions.Node exclude) {
        if (typed(filter, exclude)) {
            return context.slot(new Slot(Slot.Function.FILTER, null, new Arg.Parameter("matching"), "", label));
        }
        return staticQuery(filter, exclude);
    }

    /** The filter document, as {@code QuerySet.filterDocument()} combines a filter and an exclusion. */
    private BsonDocument staticQuery(Conditions.Node filter, Conditions.Node exclude) {
        if (failed) {
            return null;
        }
        List<BsonDocument> documents = new ArrayList<>();
        if (filter != null) {
            documents.add(((Conditions.Static) filter).document());
        }
        if (exclude != null) {
            documents.add(FilterAlgebra.not(((Conditions.Static) exclude).document()));
        }
        return documents.isEmpty() ? new BsonDocument() : FilterAlgebra.and(documents);
    }

    private static boolean typed(Conditions.Node filter, Conditions.Node exclude) {
        return (filter != null && !(filter instanceof Conditions.Static))
                || (exclude != null && !(exclude instanceof Conditions.Static));
    }

    private QueryMethod finish(Action action, Result result, BsonDocument command, Conditions.Node filter,
            Conditions.Node exclude, String declaration) {
        if (failed || command == null) {
            return failed(declaration); // a parameter is unused because the query that would use it has an error
        }
        for (QueryContext.Parameter parameter : context.parameters()) {
            if (!context.used().contains(parameter.name())) {
                reporter.report(Diagnostic.UNUSED_PARAMETER, parameter.element(), parameter.name(), label,
                        "Use it as :" + parameter.name() + " in the query, or remove it");
                failed = true;
            }
        }
        if (failed || command == null || result == null) {
            return failed(declaration);
        }
        Conditions conditions = new Conditions(paths, context, "");
        TypedFilter typedFilter = null;
        TypedFilter typedExclude = null;
        if (typed(filter, exclude)) {
            typedFilter = filter == null ? null : conditions.typed(filter, model.className());
            typedExclude = exclude == null ? null : conditions.typed(exclude, model.className());
        }
        return new QueryMethod(method, method.getSimpleName().toString(), parameters(), TypeName.get(type.getReturnType()),
                action, result, Template.of(command, context.slots()), typedFilter, typedExclude, declaration,
                pages.paging(result.shape()));
    }

    private QueryMethod failed(String declaration) {
        failed = true;
        return new QueryMethod(method, method.getSimpleName().toString(), parameters(), TypeName.get(type.getReturnType()),
                Action.READ, null, null, null, null, declaration, null);
    }

    private List<QueryMethod.Parameter> parameters() {
        List<QueryMethod.Parameter> parameters = new ArrayList<>();
        for (QueryContext.Parameter parameter : context.parameters()) {
            parameters.add(new QueryMethod.Parameter(parameter.name(), TypeName.get(parameter.mirror())));
        }
        return parameters;
    }

    // ---- the parts

    private Conditions.Node filterNode(Text filter, ClassName root) {
        return compileNode(filter, () -> {
            Conditions conditions = new Conditions(paths, context, filter.where());
            if (isJson(filter.text())) {
                return new Conditions.Static(new JsonQueries(paths, context, filter.where())
                        .filter(Json.parse(filter.text(), filter.where()), root));
            }
            return conditions.grouped(conditions.compile(LookupSyntax.parse(filter.text(), filter.where()), root), root);
        });
    }

    private Conditions.Node excludeNode(Text exclude, ClassName root) {
        return compileNode(exclude, () -> {
            if (isJson(exclude.text())) {
                return new Conditions.Static(new JsonQueries(paths, context, exclude.where())
                        .filter(Json.parse(exclude.text(), exclude.where()), root));
            }
            return new Conditions(paths, context, exclude.where()).compile(LookupSyntax.parse(exclude.text(),
                    exclude.where()), root);
        });
    }

    private interface Compile<V> {
        V run();
    }

    private Conditions.Node compileNode(Text text, Compile<Conditions.Node> compile) {
        try {
            return compile.run();
        } catch (Problem problem) {
            report(problem, text);
            return null;
        }
    }

    private BsonValue compileText(Text text, Compile<BsonValue> compile) {
        try {
            return compile.run();
        } catch (Problem problem) {
            report(problem, text);
            return null;
        }
    }

    private void report(Problem problem, Text text) {
        failed = true;
        reporter.report(problem.diagnostic(), method, text.mirror(), text.value(), problem.args(text.text()));
    }

    /** The Django keys of {@code @OrderBy}, resolved to BSON paths ({@code -pub_date}). */
    private List<String> order(AnnotationMirror orderBy) {
        AnnotationValue value = value(orderBy, "value");
        List<String> keys = new ArrayList<>();
        List<? extends AnnotationValue> entries = value == null ? List.of() : array(value);
        List<String> written = new ArrayList<>();
        for (AnnotationValue entry : entries) {
            written.add((String) entry.getValue());
        }
        for (int i = 0; i < entries.size(); i++) {
            List<String> one = sortKeys(List.of(written.get(i)), new Text(orderBy, entries.get(i), written.get(i), "OrderBy",
                    label));
            if (one != null) {
                keys.addAll(one);
            }
        }
        return keys;
    }

    /** Django ordering keys as BSON paths; problems reported on {@code where}, or on the method for derived names. */
    private List<String> sortKeys(List<String> written, Text where) {
        List<String> keys = new ArrayList<>();
        for (String key : written) {
            String trimmed = key.trim();
            boolean descending = trimmed.startsWith("-");
            String name = descending ? trimmed.substring(1) : trimmed;
            int at = key.indexOf(name);
            try {
                if (name.isEmpty() || name.equals("?")) {
                    throw new Problem(Diagnostic.QUERY_SYNTAX, Math.max(0, at), 1, "@OrderBy of " + label,
                            name.isEmpty() ? "it names no field" : "random order is not supported",
                            "Write a field path such as \"-pub_date\" or \"blog__name\"");
                }
                Paths.Target target = paths.field(model.className(), name, at, where == null ? "the name" : "@OrderBy of "
                        + label);
                keys.add((descending ? "-" : "") + target.bsonPath());
            } catch (Problem problem) {
                if (where == null) {
                    reporter.report(problem.diagnostic(), method, problem.args(key));
                    failed = true;
                } else {
                    report(problem, where);
                }
            }
        }
        return keys;
    }

    private int[] slice(AnnotationMirror limit) {
        AnnotationValue count = value(limit, "value");
        AnnotationValue offset = value(limit, "offset");
        int n = count == null ? -1 : (Integer) count.getValue();
        int skip = offset == null ? 0 : (Integer) offset.getValue();
        if (n < 0 || skip < 0) {
            reporter.report(Diagnostic.QUERY_SYNTAX, method, limit, n < 0 ? count : offset, "@Limit of " + label,
                    (n < 0 ? "the limit " + n : "the offset " + skip) + " is negative", "Use 0 or more", "");
            failed = true;
        }
        return new int[] {skip, n};
    }

    // ---- the return type

    /** How the method hands out its result; {@code null} (reported) when its return type cannot hold it. */
    private Result result(Action action, int limit, DerivedNames.Kind derived) {
        TypeMirror returns = type.getReturnType();
        String shown = shown();
        ClassName modelName = model.className();
        String simple = modelName.simpleName();
        switch (action) {
            case UPDATE:
            case DELETE: {
                if (returns.getKind() == TypeKind.VOID) {
                    return new Result(Shape.VOID, null);
                }
                if (isCount(returns)) {
                    return new Result(Shape.COUNT, null);
                }
                if (action == Action.DELETE && TypeName.get(returns).equals(ClassName.get("io.djongo.query", "Deleted"))) {
                    return new Result(Shape.DELETED, null);
                }
                return returnType(shown, action == Action.UPDATE ? "an update" : "a deletion", action == Action.UPDATE
                        ? "Return long or int (the number of documents matched), or void"
                        : "Return long or int (the number deleted), Deleted (per model), or void");
            }
            case AGGREGATE: {
                Shape shape = container(returns);
                TypeMirror element = shape == null ? null : argument(returns);
                QueryMethod.Element kind = element == null ? null : aggregateElement(element, modelName);
                if (failed) {
                    return null;
                }
                if (kind == null || (shape != Shape.LIST && shape != Shape.STREAM && shape != Shape.OPTIONAL)) {
                    return returnType(shown, "an aggregation", "Return List<R>, Stream<R> or Optional<R>, where R is "
                            + simple + ", a record whose components name the keys of the results (id for _id), an "
                            + "@EmbeddedModel, Document or BsonDocument");
                }
                return new Result(shape, kind);
            }
            default:
                break;
        }
        if (derived == DerivedNames.Kind.COUNT) {
            return isCount(returns) ? new Result(Shape.COUNT, null)
                    : returnType(shown, "a count", "Return long or int");
        }
        if (derived == DerivedNames.Kind.EXISTS) {
            return isBoolean(returns) ? new Result(Shape.EXISTS, null)
                    : returnType(shown, "an existence check", "Return boolean");
        }
        if (derived == null && isCount(returns)) {
            return new Result(Shape.COUNT, null);
        }
        if (derived == null && isBoolean(returns)) {
            return new Result(Shape.EXISTS, null);
        }
        if (isModel(returns, modelName)) {
            return new Result(Shape.ONE, new QueryMethod.Model());
        }
        Shape shape = container(returns);
        TypeMirror element = shape == null ? null : argument(returns);
        if (element != null && isModel(element, modelName)) {
            return new Result(shape, new QueryMethod.Model());
        }
        if (element != null && shape == Shape.LIST) {
            QueryMethod.Element projection = projection(element, modelName);
            if (projection != null) {
                return new Result(shape, projection);
            }
            if (failed) {
                return null;
            }
        }
        if (isKeysetPage(returns)) {
            return returnType(shown, "a query of " + simple, "Return KeysetPaginator<" + simple + "> (with a @PageSize "
                    + "parameter), and ask it for first(), after(cursor) or before(cursor)");
        }
        String counts = derived == null ? ", long (a count), boolean (whether any matches)" : "";
        return returnType(shown, "a query of " + simple, "Return List<" + simple + ">, Stream<" + simple + ">, Optional<"
                + simple + ">, " + simple + " (exactly one), QuerySet<" + simple + ">" + counts
                + ", Page<" + simple + "> (with @PageNumber and @PageSize parameters), Paginator<" + simple
                + "> or KeysetPaginator<" + simple + "> (with a @PageSize parameter)"
                + ", or List<R> of a record R whose components name fields of " + simple);
    }

    /** The return type as written. */
    private String shown() {
        return JavaType.simple(TypeName.get(type.getReturnType()));
    }

    private static boolean isKeysetPage(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName()
                .contentEquals("io.djongo.paging.KeysetPage");
    }

    private Result returnType(String shown, String what, String fix) {
        reporter.report(Diagnostic.RETURN_TYPE, method, label, shown, what, fix);
        failed = true;
        return null;
    }

    private static boolean isCount(TypeMirror type) {
        TypeName name = TypeName.get(type);
        return name.equals(TypeName.LONG) || name.equals(TypeName.INT) || name.equals(TypeName.LONG.box())
                || name.equals(TypeName.INT.box());
    }

    private static boolean isBoolean(TypeMirror type) {
        TypeName name = TypeName.get(type);
        return name.equals(TypeName.BOOLEAN) || name.equals(TypeName.BOOLEAN.box());
    }

    private static boolean isModel(TypeMirror type, ClassName model) {
        return type.getKind() == TypeKind.DECLARED && TypeName.get(type).equals(model);
    }

    /** {@code List}, {@code Stream}, {@code Optional}, {@code QuerySet} or a page type of one type argument. */
    private static Shape container(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED || ((DeclaredType) type).getTypeArguments().size() != 1) {
            return null;
        }
        String name = ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
        return switch (name) {
            case "java.util.List" -> Shape.LIST;
            case "java.util.stream.Stream" -> Shape.STREAM;
            case "java.util.Optional" -> Shape.OPTIONAL;
            case "io.djongo.query.QuerySet" -> Shape.QUERY_SET;
            default -> Pages.container(name);
        };
    }

    private static TypeMirror argument(TypeMirror type) {
        return ((DeclaredType) type).getTypeArguments().get(0);
    }

    private QueryMethod.Element aggregateElement(TypeMirror element, ClassName modelName) {
        if (element.getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeName name = TypeName.get(element);
        if (name.equals(modelName)) {
            return new QueryMethod.Model();
        }
        if (name.equals(ClassName.get("org.bson", "Document"))) {
            return new QueryMethod.Document();
        }
        if (name.equals(ClassName.get("org.bson", "BsonDocument"))) {
            return new QueryMethod.Bson();
        }
        Element declared = ((DeclaredType) element).asElement();
        if (declared.getAnnotation(EmbeddedModel.class) != null || declared.getAnnotation(ArrayModel.class) != null) {
            return new QueryMethod.Embedded(ClassName.get((TypeElement) declared));
        }
        if (declared.getKind() == ElementKind.RECORD && declared.getAnnotation(Model.class) == null) {
            List<QueryMethod.Key> keys = new ArrayList<>();
            for (RecordComponentElement component : ((TypeElement) declared).getRecordComponents()) {
                String componentName = component.getSimpleName().toString();
                JavaType java = JavaType.of(component.asType());
                FieldType codec = java.kind() == JavaType.Kind.COLLECTION && java.element().asFieldType() != null
                        ? (TypeName.get(component.asType()).toString().startsWith("java.util.Set")
                                ? FieldType.set(java.element().asFieldType()) : FieldType.list(java.element().asFieldType()))
                        : java.asFieldType();
                if (codec == null || (java.kind() == JavaType.Kind.COLLECTION
                        && !TypeName.get(component.asType()).toString().matches("java\\.util\\.(List|Set)<.*"))) {
                    reporter.report(Diagnostic.RETURN_TYPE, method, label, JavaType.simple(TypeName.get(type.getReturnType())),
                            "an aggregation", "the component '" + componentName + "' of " + declared.getSimpleName() + " is "
                                    + java.readable() + ", which Djongo cannot read. Declare it a String, a number, a boolean, "
                                    + "a date, an ObjectId, an enum, a model, or a List, Set or Map<String, ...> of those");
                    failed = true;
                    return null;
                }
                keys.add(new QueryMethod.Key(componentName, TypeName.get(component.asType()),
                        componentName.equals("id") ? "_id" : componentName, codec));
            }
            return new QueryMethod.Record(ClassName.get((TypeElement) declared), keys);
        }
        return null;
    }

    /** A record whose components name fields of the model, each of the field's type; {@code null} otherwise. */
    private QueryMethod.Element projection(TypeMirror element, ClassName modelName) {
        if (element.getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement record = (TypeElement) ((DeclaredType) element).asElement();
        if (record.getKind() != ElementKind.RECORD || record.getAnnotation(Model.class) != null) {
            return null;
        }
        List<QueryMethod.Component> components = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        for (RecordComponentElement component : record.getRecordComponents()) {
            String name = component.getSimpleName().toString();
            Paths.Target target = null;
            try {
                target = this.paths.field(modelName, name, 0, "");
            } catch (Problem direct) {
                String path = DerivedNames.path(this.paths, modelName, name);
                if (path != null) {
                    target = this.paths.field(modelName, path, 0, "");
                }
            }
            TypeMirror componentType = component.asType();
            if (target == null) {
                List<String> names = new ArrayList<>();
                for (io.djongo.processor.model.FieldModel field : this.paths.fields(modelName)) {
                    names.add(field.name());
                }
                reporter.report(Diagnostic.RETURN_TYPE, method, label, JavaType.simple(TypeName.get(type.getReturnType())),
                        "a projection of " + modelName.simpleName(), "the component '" + name + "' of "
                                + record.getSimpleName() + " names no field of " + modelName.simpleName()
                                + Closest.suggestion(name, names) + " Name each component after a field (blogName for "
                                + "blog.name): " + String.join(", ", names));
                failed = true;
                return null;
            }
            FieldType fieldType = target.type();
            JavaType java = JavaType.of(componentType);
            if (!java.fits(fieldType) || fieldType.kind().isReference()) {
                reporter.report(Diagnostic.RETURN_TYPE, method, label, JavaType.simple(TypeName.get(type.getReturnType())),
                        "a projection of " + modelName.simpleName(), "the component '" + name + "' is "
                                + java.readable() + ", but " + target.model() + "." + target.field() + " is "
                                + Paths.simpleType(fieldType) + ". Declare the component " + Paths.simpleType(fieldType));
                failed = true;
                return null;
            }
            if (!paths.add(target.bsonPath())) {
                continue;
            }
            StringBuilder path = new StringBuilder();
            for (TypedFilter.Step step : target.steps()) {
                path.append(path.length() == 0 ? "" : ".").append(step.name())
                        .append(step.method() ? "(" + (step.argument() == null ? "" : step.argument()) + ")" : "");
            }
            components.add(new QueryMethod.Component(name, TypeName.get(componentType), target.bsonPath(), fieldType,
                    path.toString()));
        }
        return new QueryMethod.Projection(ClassName.get(record), components);
    }

    // ---- annotations

    private Text text(String simpleName) {
        AnnotationMirror mirror = mirror(simpleName);
        if (mirror == null) {
            return null;
        }
        AnnotationValue value = value(mirror, "value");
        return new Text(mirror, value, value == null ? "" : (String) value.getValue(), simpleName, label);
    }

    private AnnotationMirror mirror(String simpleName) {
        for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(PACKAGE + simpleName)) {
                return mirror;
            }
        }
        return null;
    }

    private static AnnotationValue value(AnnotationMirror mirror, String member) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(member)) {
                return entry.getValue();
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked") // an array member's value is a List<? extends AnnotationValue>, per AnnotationValue
    private static List<? extends AnnotationValue> array(AnnotationValue value) {
        Object raw = value.getValue();
        return raw instanceof List ? (List<? extends AnnotationValue>) raw : List.of(value);
    }

    private QueryMethod conflict(AnnotationMirror mirror, String problem, String fix, String declaration) {
        reporter.report(Diagnostic.QUERY_CONFLICT, method, mirror, null, label, problem, fix);
        return failed(declaration);
    }

    /** The annotations as written, or the name of a derived query, for the generated documentation. */
    private String declaration() {
        StringBuilder out = new StringBuilder();
        for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
            String name = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
            if (!name.startsWith(PACKAGE)) {
                continue;
            }
            out.append(out.length() == 0 ? "" : " ").append(mirror.toString().replace(PACKAGE, "").replace("\\'", "'"));
        }
        return out.length() == 0 ? method.getSimpleName().toString() : out.toString();
    }

    /** What a derived name stands for, as annotations: {@code @Filter("rating__gte = :min") @OrderBy({"-pub_date"}) @Limit(10)}. */
    private static String derivedDeclaration(DerivedNames.Derived derived) {
        List<String> parts = new ArrayList<>();
        parts.add(derived.filter() == null ? "every document" : "@Filter(\"" + Expr.text(derived.filter()) + "\")");
        if (!derived.order().isEmpty()) {
            parts.add("@OrderBy({\"" + String.join("\", \"", derived.order()) + "\"})");
        }
        if (derived.limit() >= 0) {
            parts.add("@Limit(" + derived.limit() + ")");
        }
        return String.join(" ", parts);
    }

    private static boolean isJson(String text) {
        String trimmed = text.trim();
        return trimmed.startsWith("{") || trimmed.startsWith("[");
    }
}
