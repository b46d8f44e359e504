package io.djongo.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.djongo.processor.model.GeneratedNames;
import io.djongo.processor.model.queries.Arg;
import io.djongo.processor.model.queries.QueriesModel;
import io.djongo.processor.model.queries.QueryMethod;
import io.djongo.processor.model.queries.QueryMethod.Action;
import io.djongo.processor.model.queries.QueryMethod.Shape;
import io.djongo.processor.model.queries.Slot;
import io.djongo.processor.model.queries.Template;
import io.djongo.processor.model.queries.TypedFilter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code FooQueries_}, the implementation of a {@code @Queries} interface. Each query's
 * command is a template in the nested {@code Commands} class, parsed once, whose slots a call fills
 * with its encoded arguments ({@code Commands.byBlog("Beat", 3)} returns the command for those
 * arguments); the method runs that command through {@code DeclaredSupport}, which hands it to the
 * QuerySet machinery. Queries whose filter is built at call time (relations, lookups whose keys come
 * from an argument) build it with the typed paths. Queries that return pages hand that QuerySet to a
 * {@code Paginator} or a {@code KeysetPaginator}, as a user would, with the page parameters.
 */
public final class QueriesGenerator {
    private static final String DECLARED = "io.djongo.query.declared";
    private static final ClassName TEMPLATE = ClassName.get(DECLARED, "Template");
    private static final ClassName SLOTS = ClassName.get(DECLARED, "Slots");
    private static final ClassName SUPPORT = ClassName.get(RuntimeNames.QUERY_PACKAGE, "DeclaredSupport");
    private static final ClassName FILTER = ClassName.get(RuntimeNames.QUERY_PACKAGE, "Filter");
    private static final ClassName ROW = ClassName.get(RuntimeNames.QUERY_PACKAGE, "Row");
    private static final ClassName BSON_DOCUMENT = ClassName.get("org.bson", "BsonDocument");
    private static final ClassName ARRAYS = ClassName.get("java.util", "Arrays");
    private static final ClassName PAGINATOR = ClassName.get("io.djongo.paging", "Paginator");
    private static final ClassName KEYSET_PAGINATOR = ClassName.get("io.djongo.paging", "KeysetPaginator");

    /** The codecs built once for the slots of this interface's templates, by expression: their field names. */
    private final Map<String, String> codecs = new HashMap<>();
    private TypeSpec.Builder commandsType;

    public JavaFile generate(QueriesModel queries) {
        ClassName implementation = queries.implementation();
        ClassName model = queries.model().className();
        ClassName companion = GeneratedNames.companion(model);
        TypeName querySet = ParameterizedTypeName.get(RuntimeNames.QUERY_SET, model);

        TypeSpec.Builder type = TypeSpec.classBuilder(implementation)
                .addJavadoc("The declared queries of {@link $T}, on {@link $T}, compiled at build time: each query's command "
                        + "is a\ntemplate in {@link Commands}, and a call only encodes its arguments into it.\n",
                        queries.name(), model)
                .addAnnotation(Generated.annotation())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(queries.name())
                .addOriginatingElement(queries.element())
                .addField(FieldSpec.builder(implementation, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc(queries.alias() == null ? CodeBlock.of("The queries on the default connection.\n")
                                : CodeBlock.of("The queries on connection {@code $L}, as {@code @Queries(using)} names it.\n",
                                        queries.alias()))
                        .initializer("new $T($L)", implementation, queries.alias() == null ? "null"
                                : CodeBlock.of("$S", queries.alias()))
                        .build())
                .addField(querySet, "objects", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(String.class, "alias")
                        .addStatement("this.objects = alias == null ? $T.objects() : $T.objects().using(alias)", companion,
                                companion)
                        .build());
        MethodSpec.Builder using = MethodSpec.methodBuilder("using")
                .addJavadoc("These queries on connection {@code alias}.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(implementation)
                .addParameter(String.class, "alias")
                .addStatement("return new $T($T.requireNonNull(alias, $S))", implementation, Objects.class, "alias");
        if (queries.usingMethod()) {
            using.addAnnotation(Override.class);
        }
        type.addMethod(using.build());

        TypeSpec.Builder commands = TypeSpec.classBuilder("Commands")
                .addJavadoc("The exact command each query sends for given arguments, built from its template:\n"
                        + "{@code $T.Commands.$L(...).toJson()}.\n", implementation,
                        queries.methods().isEmpty() ? "query" : queries.methods().get(0).name())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        commandsType = commands;

        Map<String, Integer> names = new HashMap<>();
        for (QueryMethod method : queries.methods()) {
            String constant = constant(method.name(), names);
            Context context = new Context(constant, queries.name(), model, companion, querySet, type, commands);
            if (method.failed()) {
                type.addMethod(failed(method));
                continue;
            }
            if (method.typed()) {
                typed(method, context);
            } else {
                compiled(method, context);
            }
        }
        type.addType(commands.build());
        return Generated.file(implementation.packageName(), type.build());
    }

    /** What the code of one query needs. */
    private record Context(String constant, ClassName queries, ClassName model, ClassName companion, TypeName querySet,
            TypeSpec.Builder type, TypeSpec.Builder commands) {}

    // ---- queries compiled entirely to a template

    private void compiled(QueryMethod method, Context context) {
        Template template = method.command();
        context.commands().addField(templateField(context.constant(), template));
        MethodSpec.Builder command = signature(MethodSpec.methodBuilder(method.name()), method)
                .addJavadoc("The $L command of {@link $T#$L}$L.\n", commandName(method.action()), context.queries(),
                        method.name(), pages(method))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(BSON_DOCUMENT)
                .addStatement("return $L", render(context.constant(), template, null, ""));
        context.commands().addMethod(command.build());

        CodeBlock commandCall = CodeBlock.of("Commands.$L($L)", method.name(), arguments(method));
        MethodSpec.Builder body = implementation(method);
        switch (method.action()) {
            case UPDATE:
                returnCount(body, method, CodeBlock.of("$T.update(objects, $L)", SUPPORT, commandCall));
                break;
            case DELETE:
                returnDeleted(body, method, CodeBlock.of("$T.delete(objects, $L)", SUPPORT, commandCall));
                break;
            case AGGREGATE:
                aggregate(body, method, commandCall, context);
                break;
            default:
                read(body, method, CodeBlock.of("$T.find(objects, $L)", SUPPORT, commandCall), context);
                break;
        }
        context.type().addMethod(body.build());
    }

    // ---- queries whose filter is built at call time

    private void typed(QueryMethod method, Context context) {
        Template template = method.command();
        context.commands().addField(templateField(context.constant(), template));
        FilterCode filters = new FilterCode(context.constant(), context.commands());
        CodeBlock.Builder matching = CodeBlock.builder().add("objects");
        if (method.filter() != null) {
            matching.add(".filter($L)", filters.code(method.filter()));
        }
        if (method.exclude() != null) {
            matching.add(".exclude($L)", filters.code(method.exclude()));
        }
        String helper = method.name() + "_";
        MethodSpec.Builder query = signature(MethodSpec.methodBuilder(helper)
                        .addParameter(context.querySet(), "objects"), method)
                .addJavadoc("The query of {@link #$L}, its filter built with the typed paths.\n", method.name())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(context.querySet());
        if (method.action() == Action.READ) {
            query.addStatement("return $T.find($L, Commands.$L.render())", SUPPORT, matching.build(), context.constant());
        } else {
            query.addStatement("return $L", matching.build());
        }
        context.type().addMethod(query.build());

        CodeBlock on = CodeBlock.of("$L(objects$L)", helper, prefixed(arguments(method)));
        CodeBlock onDefault = CodeBlock.of("$L($T.objects()$L)", helper, context.companion(), prefixed(arguments(method)));
        context.commands().addMethod(commandFor(method, context, onDefault));

        MethodSpec.Builder body = implementation(method);
        switch (method.action()) {
            case UPDATE:
                returnCount(body, method, CodeBlock.of("$T.update(objects, $L)", SUPPORT,
                        render("Commands." + context.constant(), template, CodeBlock.of("$L.filterDocument()", on),
                                "Commands.")));
                break;
            case DELETE:
                returnDeleted(body, method, CodeBlock.of("$L.delete()", on));
                break;
            default:
                read(body, method, on, context);
                break;
        }
        context.type().addMethod(body.build());
    }

    private MethodSpec commandFor(QueryMethod method, Context context, CodeBlock onDefault) {
        MethodSpec.Builder command = signature(MethodSpec.methodBuilder(method.name()), method)
                .addJavadoc("The $L command of {@link $T#$L}$L; the subqueries of its filter, if any, run now.\n",
                        commandName(method.action()), context.queries(), method.name(), pages(method))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(BSON_DOCUMENT);
        if (method.action() == Action.READ) {
            command.addStatement("return $L.toBson()", onDefault);
        } else {
            command.addStatement("return $L", render(context.constant(), method.command(),
                    CodeBlock.of("$L.filterDocument()", onDefault), ""));
        }
        return command.build();
    }

    /** Java code of the typed filters of one query, with the templates of their compiled parts. */
    private final class FilterCode {
        private final String constant;
        private final TypeSpec.Builder owner;
        private int parts;

        FilterCode(String constant, TypeSpec.Builder owner) {
            this.constant = constant;
            this.owner = owner;
        }

        CodeBlock code(TypedFilter filter) {
            if (filter instanceof TypedFilter.Raw raw) {
                String name = constant + "_PART_" + parts++;
                owner.addField(templateField(name, raw.template()));
                return CodeBlock.of("$T.<$T>raw($L)", FILTER, raw.model(), render("Commands." + name, raw.template(), null,
                        "Commands."));
            }
            if (filter instanceof TypedFilter.All all) {
                return CodeBlock.of("$T.<$T>allOf($L)", FILTER, all.model(), join(all.items()));
            }
            if (filter instanceof TypedFilter.Any any) {
                return CodeBlock.of("$T.<$T>anyOf($L)", FILTER, any.model(), join(any.items()));
            }
            if (filter instanceof TypedFilter.Not not) {
                CodeBlock item = code(not.item());
                return CodeBlock.of(not.item() instanceof TypedFilter.Choice ? "($L).not()" : "$L.not()", item);
            }
            if (filter instanceof TypedFilter.Choice choice) {
                return CodeBlock.of("$L ? $L : $L", arg(choice.condition()), code(choice.ifTrue()), code(choice.ifFalse()));
            }
            TypedFilter.Call call = (TypedFilter.Call) filter;
            CodeBlock.Builder code = CodeBlock.builder().add("$T", call.root());
            for (TypedFilter.Step step : call.path()) {
                if (step.method()) {
                    code.add(".$L($L)", step.name(), step.argument() == null ? "" : step.argument());
                } else {
                    code.add(".$L", step.name());
                }
            }
            for (TypedFilter.Invocation invocation : call.calls()) {
                List<CodeBlock> args = new ArrayList<>();
                for (Object arg : invocation.args()) {
                    args.add(arg instanceof TypedFilter nested ? code(nested) : arg((Arg) arg));
                }
                code.add(".$L($L)", invocation.method(), CodeBlock.join(args, ", "));
            }
            return code.build();
        }

        private CodeBlock join(List<TypedFilter> items) {
            List<CodeBlock> codes = new ArrayList<>();
            for (TypedFilter item : items) {
                codes.add(code(item));
            }
            return CodeBlock.join(codes, ",$W");
        }
    }

    /** For a query that returns pages, what its command is to them. */
    private static String pages(QueryMethod method) {
        if (method.paging() == null) {
            return "";
        }
        return method.result().shape() == Shape.KEYSET_PAGINATOR
                ? ", of all its pages: each page adds the range of its keys and a limit"
                : ", of all its pages: each page adds its skip and limit";
    }

    // ---- results

    private void read(MethodSpec.Builder body, QueryMethod method, CodeBlock query, Context context) {
        QueryMethod.Paging paging = method.paging();
        switch (method.result().shape()) {
            case PAGE:
                body.addStatement("return new $T<>($L, $N).page($N)", PAGINATOR, query, paging.size(), paging.number());
                return;
            case PAGINATOR:
                body.addStatement("return new $T<>($L, $N)", PAGINATOR, query, paging.size());
                return;
            case KEYSET_PAGINATOR:
                body.addStatement("return new $T<>($L, $N)", KEYSET_PAGINATOR, query, paging.size());
                return;
            case QUERY_SET:
                body.addStatement("return $L", query);
                return;
            case LIST:
                if (method.result().element() instanceof QueryMethod.Projection projection) {
                    projection(body, projection, query, context);
                    return;
                }
                body.addStatement("return $L.list()", query);
                return;
            case STREAM:
                body.addStatement("return $L.stream()", query);
                return;
            case ONE:
                body.addStatement("return $L.get()", query);
                return;
            case OPTIONAL:
                body.addStatement("return $T.optional($L)", SUPPORT, query);
                return;
            case EXISTS:
                body.addStatement("return $L.exists()", query);
                return;
            default:
                returnNumber(body, method, CodeBlock.of("$L.count()", query));
        }
    }

    private void projection(MethodSpec.Builder body, QueryMethod.Projection projection, CodeBlock query, Context context) {
        List<CodeBlock> paths = new ArrayList<>();
        List<CodeBlock> values = new ArrayList<>();
        for (QueryMethod.Component component : projection.components()) {
            paths.add(CodeBlock.of("$T.$L", context.companion(), component.path()));
            if (component.declared().isPrimitive()) {
                values.add(CodeBlock.of("$T.column(row, $S, $L)", SUPPORT, component.bsonPath(), zero(component.declared())));
            } else {
                values.add(CodeBlock.of("$T.<$T>column(row, $S)", SUPPORT, component.declared(), component.bsonPath()));
            }
        }
        TypeName rows = ParameterizedTypeName.get(ClassName.get(List.class), ParameterizedTypeName.get(ROW, context.model()));
        TypeName results = ParameterizedTypeName.get(ClassName.get(List.class), projection.record());
        body.addStatement("$T rows = $L.values($L).list()", rows, query, CodeBlock.join(paths, ", "))
                .addStatement("$T results = new $T<>(rows.size())", results, ArrayList.class)
                .beginControlFlow("for ($T row : rows)", ParameterizedTypeName.get(ROW, context.model()))
                .addStatement("results.add(new $T($L))", projection.record(), CodeBlock.join(values, ",$W"))
                .endControlFlow()
                .addStatement("return results");
    }

    private static CodeBlock zero(TypeName primitive) {
        if (primitive.equals(TypeName.BOOLEAN)) {
            return CodeBlock.of("false");
        }
        if (primitive.equals(TypeName.CHAR)) {
            return CodeBlock.of("'\\0'");
        }
        if (primitive.equals(TypeName.LONG)) {
            return CodeBlock.of("0L");
        }
        if (primitive.equals(TypeName.DOUBLE)) {
            return CodeBlock.of("0.0");
        }
        if (primitive.equals(TypeName.FLOAT)) {
            return CodeBlock.of("0.0f");
        }
        if (primitive.equals(TypeName.SHORT)) {
            return CodeBlock.of("(short) 0");
        }
        if (primitive.equals(TypeName.BYTE)) {
            return CodeBlock.of("(byte) 0");
        }
        return CodeBlock.of("0");
    }

    private void aggregate(MethodSpec.Builder body, QueryMethod method, CodeBlock command, Context context) {
        QueryMethod.Element element = method.result().element();
        CodeBlock list;
        if (element instanceof QueryMethod.Model) {
            list = CodeBlock.of("$T.models(objects, $L)", SUPPORT, command);
        } else if (element instanceof QueryMethod.Embedded embedded) {
            list = CodeBlock.of("$T.decode($T.aggregate(objects, $L), $T.INSTANCE)", SUPPORT, SUPPORT, command,
                    GeneratedNames.codec(embedded.model()));
        } else if (element instanceof QueryMethod.Record record) {
            records(body, record, CodeBlock.of("$T.aggregate(objects, $L)", SUPPORT, command));
            list = CodeBlock.of("results");
        } else if (element instanceof QueryMethod.Document) {
            list = CodeBlock.of("$T.documents($T.aggregate(objects, $L))", SUPPORT, SUPPORT, command);
        } else {
            list = CodeBlock.of("$T.aggregate(objects, $L)", SUPPORT, command);
        }
        switch (method.result().shape()) {
            case STREAM:
                body.addStatement("return $L.stream()", list);
                break;
            case OPTIONAL:
                body.addStatement("return $T.first($L)", SUPPORT, list);
                break;
            default:
                body.addStatement("return $L", list);
                break;
        }
    }

    /** {@code results}: each document of {@code documents} as the record, each component read from its key. */
    private void records(MethodSpec.Builder body, QueryMethod.Record record, CodeBlock documents) {
        List<CodeBlock> values = new ArrayList<>();
        for (QueryMethod.Key key : record.keys()) {
            CodeBlock codec = codec(key.type(), "Commands.");
            if (key.declared().isPrimitive()) {
                values.add(CodeBlock.of("$T.read(document, $S, $L, $L)", SUPPORT, key.key(), codec, zero(key.declared())));
            } else {
                values.add(CodeBlock.of("$T.read(document, $S, $L)", SUPPORT, key.key(), codec));
            }
        }
        TypeName bson = ParameterizedTypeName.get(ClassName.get(List.class), BSON_DOCUMENT);
        body.addStatement("$T documents = $L", bson, documents)
                .addStatement("$T results = new $T<>(documents.size())",
                        ParameterizedTypeName.get(ClassName.get(List.class), record.record()), ArrayList.class)
                .beginControlFlow("for ($T document : documents)", BSON_DOCUMENT)
                .addStatement("results.add(new $T($L))", record.record(), CodeBlock.join(values, ",$W"))
                .endControlFlow();
    }

    private void returnCount(MethodSpec.Builder body, QueryMethod method, CodeBlock count) {
        if (method.result().shape() == Shape.VOID) {
            body.addStatement("$L", count);
        } else {
            returnNumber(body, method, count);
        }
    }

    private void returnDeleted(MethodSpec.Builder body, QueryMethod method, CodeBlock deleted) {
        switch (method.result().shape()) {
            case VOID:
                body.addStatement("$L", deleted);
                break;
            case DELETED:
                body.addStatement("return $L", deleted);
                break;
            default:
                returnNumber(body, method, CodeBlock.of("$L.count()", deleted));
                break;
        }
    }

    private static void returnNumber(MethodSpec.Builder body, QueryMethod method, CodeBlock count) {
        TypeName returns = method.returns();
        if (returns.equals(TypeName.INT) || returns.equals(TypeName.INT.box())) {
            body.addStatement("return $T.toIntExact($L)", Math.class, count);
        } else {
            body.addStatement("return $L", count);
        }
    }

    // ---- pieces

    private static MethodSpec failed(QueryMethod method) {
        return implementation(method)
                .addStatement("throw new $T($S)", IllegalStateException.class, method.name()
                        + " did not compile: see the errors the Djongo processor reported")
                .build();
    }

    private static MethodSpec.Builder implementation(QueryMethod method) {
        MethodSpec.Builder builder = MethodSpec.methodBuilder(method.name())
                .addJavadoc("{@code $L}\n", method.declaration().replace("*/", "*&#47;"));
        QueryMethod.Paging paging = method.paging();
        if (paging != null && paging.number() != null) {
            builder.addJavadoc("<p>Page {@code $L} of pages of {@code $L}, as Django's {@code Paginator(query, $L).page($L)} "
                    + "gives it.\n", paging.number(), paging.size(), paging.size(), paging.number());
        } else if (paging != null) {
            builder.addJavadoc("<p>Its pages hold {@code $L} objects each.\n", paging.size());
        }
        for (QueryMethod.Parameter parameter : method.parameters()) {
            builder.addParameter(parameter.type(), parameter.name());
        }
        return builder.addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(method.returns());
    }

    /** {@code builder} with the parameters of the query itself: the page parameters are not part of its command. */
    private static MethodSpec.Builder signature(MethodSpec.Builder builder, QueryMethod method) {
        for (QueryMethod.Parameter parameter : method.queryParameters()) {
            builder.addParameter(parameter.type(), parameter.name());
        }
        return builder;
    }

    private static CodeBlock arguments(QueryMethod method) {
        List<CodeBlock> names = new ArrayList<>();
        for (QueryMethod.Parameter parameter : method.queryParameters()) {
            names.add(CodeBlock.of("$N", parameter.name()));
        }
        return CodeBlock.join(names, ", ");
    }

    private static CodeBlock prefixed(CodeBlock arguments) {
        return arguments.isEmpty() ? arguments : CodeBlock.of(", $L", arguments);
    }

    private static FieldSpec templateField(String name, Template template) {
        return FieldSpec.builder(TEMPLATE, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.parse($S)", TEMPLATE, template.text())
                .build();
    }

    /**
     * {@code NAME.render(slot0, slot1, ...)}, one slot a line when there are several; {@code prefix}
     * qualifies the codec fields of {@code Commands} from outside it.
     */
    private CodeBlock render(String field, Template template, CodeBlock filter, String prefix) {
        if (template.slots().isEmpty()) {
            return CodeBlock.of("$L.render()", field);
        }
        List<CodeBlock> slots = new ArrayList<>();
        for (Slot slot : template.slots()) {
            slots.add(slot(slot, filter, prefix));
        }
        if (slots.size() == 1) {
            return CodeBlock.of("$L.render($L)", field, slots.get(0));
        }
        return CodeBlock.of("$L.render(\n$L)", field, CodeBlock.join(slots, ",\n"));
    }

    private CodeBlock slot(Slot slot, CodeBlock filter, String prefix) {
        Slot.Function function = slot.function();
        CodeBlock arg = arg(slot.arg());
        switch (function.shape()) {
            case RAW:
                return filter;
            case PLAIN:
                return CodeBlock.of("$T.$L($L)", SLOTS, function.method(), arg);
            case WHERE:
                return CodeBlock.of("$T.$L($L, $S)", SLOTS, function.method(), arg, slot.where());
            case CODEC:
                return CodeBlock.of("$T.$L($L, $L, $S)", SLOTS, function.method(), codec(slot.codec(), prefix), arg,
                        slot.path());
            case CODEC_WHERE:
                return CodeBlock.of("$T.$L($L, $L, $S, $S)", SLOTS, function.method(), codec(slot.codec(), prefix),
                        arg, slot.path(), slot.where());
            default:
                return CodeBlock.of("$T.$L($L, $L, $L, $S)", SLOTS, function.method(), arg, slot.plus(), slot.iso(),
                        slot.where());
        }
    }

    /**
     * The codec of {@code type}: a constant of the runtime or of a generated codec as it is, any other
     * (an enum's, a list's, a map's, a reference's) built once, in a field of {@code Commands}.
     */
    private CodeBlock codec(io.djongo.processor.model.FieldType type, String prefix) {
        CodeBlock expression = CodecExpressions.codec(type);
        if (type.kind().isScalar() || type.kind() == io.djongo.processor.model.ValueKind.EMBEDDED) {
            return expression;
        }
        String name = codecs.get(expression.toString());
        if (name == null) {
            String base = JavaTypes.constantOf(type.typeName()) + "_CODEC";
            name = base;
            for (int i = 2; codecs.containsValue(name); i++) {
                name = base + "_" + i;
            }
            codecs.put(expression.toString(), name);
            commandsType.addField(FieldSpec.builder(CodecExpressions.codecType(type), name, Modifier.PRIVATE, Modifier.STATIC,
                            Modifier.FINAL)
                    .initializer("$L", expression)
                    .build());
        }
        return CodeBlock.of("$L$L", prefix, name);
    }

    /** Constant names from type names: {@code List<String>} → {@code LIST_STRING}. */
    private static final class JavaTypes {
        static String constantOf(TypeName type) {
            String simple = type.toString().replaceAll("\\b(?:[a-z_][a-z0-9_]*\\.)+(?=[A-Z])", "");
            return simple.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("_+$", "")
                    .toUpperCase(Locale.ROOT);
        }
    }

    private static CodeBlock arg(Arg arg) {
        if (arg instanceof Arg.Parameter parameter) {
            return CodeBlock.of("$N", parameter.name());
        }
        if (arg instanceof Arg.Constant constant) {
            return constant.java();
        }
        Arg.ListOf list = (Arg.ListOf) arg;
        List<CodeBlock> items = new ArrayList<>();
        for (Arg item : list.items()) {
            items.add(arg(item));
        }
        return CodeBlock.of("$T.<$T>asList($L)", ARRAYS, list.element(), CodeBlock.join(items, ", "));
    }

    private static String commandName(Action action) {
        return switch (action) {
            case UPDATE -> "update";
            case DELETE -> "delete";
            case AGGREGATE -> "aggregate";
            default -> "find";
        };
    }

    /** {@code BY_BLOG} for {@code byBlog}; a second {@code byBlog} (an overload) gets {@code BY_BLOG_2}. */
    private static String constant(String method, Map<String, Integer> taken) {
        String base = method.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        int count = taken.merge(base, 1, Integer::sum);
        return count == 1 ? base : base + "_" + count;
    }
}
