package io.djongo.processor.analysis.queries;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.djongo.processor.analysis.Diagnostic;
import io.djongo.processor.analysis.Reporter;
import io.djongo.processor.model.FieldModel;
import io.djongo.processor.model.FieldType;
import io.djongo.processor.model.ModelClass;
import io.djongo.processor.model.ValueKind;
import io.djongo.processor.model.queries.QueryMethod;
import io.djongo.processor.model.queries.QueryMethod.Shape;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * The pages of a declared query, checked in one place. A query that returns pages says so by its
 * return type and takes its page as parameters:
 * <ul>
 * <li>{@code Page<T>}, with a {@code @PageNumber} and a {@code @PageSize} parameter: Django's
 * {@code Paginator(query, perPage).page(number)};</li>
 * <li>{@code Paginator<T>} and {@code KeysetPaginator<T>}, with a {@code @PageSize} parameter: the
 * paginator of the query, whose pages are chosen later.</li>
 * </ul>
 * The page parameters are not values of the query: its command is built from the others. The
 * query must not be sliced (its pages are its slices), and its order must make pages stable: a
 * {@code Paginator} needs an order, as Django warns without one; a {@code KeysetPaginator} needs
 * keys of one plain value each, as it refuses others at run time.
 */
final class Pages {
    private static final String PAGE_NUMBER = "io.djongo.annotations.PageNumber";
    private static final String PAGE_SIZE = "io.djongo.annotations.PageSize";

    /** The return types that hand out pages, by qualified name. */
    private static final Map<String, Shape> CONTAINERS = Map.of(
            "io.djongo.paging.Page", Shape.PAGE,
            "io.djongo.paging.Paginator", Shape.PAGINATOR,
            "io.djongo.paging.KeysetPaginator", Shape.KEYSET_PAGINATOR);

    /** The kinds a keyset key can have, as the runtime's {@code KeysetPaginator} accepts them. */
    private static final Set<ValueKind> KEY_KINDS = EnumSet.of(ValueKind.STRING, ValueKind.BOOLEAN, ValueKind.INT,
            ValueKind.LONG, ValueKind.DOUBLE, ValueKind.FLOAT, ValueKind.SHORT, ValueKind.BYTE, ValueKind.CHAR,
            ValueKind.OBJECT_ID, ValueKind.INSTANT, ValueKind.DATE, ValueKind.LOCAL_DATE, ValueKind.LOCAL_DATE_TIME,
            ValueKind.DECIMAL, ValueKind.UUID, ValueKind.ENUM, ValueKind.REFERENCE);

    private static final Set<TypeName> NUMBER_TYPES = Set.of(TypeName.INT, TypeName.LONG, TypeName.INT.box(),
            TypeName.LONG.box(), ClassName.get(String.class));

    private final Reporter reporter;
    private final Paths paths;
    private final ModelClass model;
    private final ExecutableElement method;
    private final String label;
    private VariableElement number;
    private VariableElement size;
    private boolean failed;

    /**
     * Reads the page parameters of {@code method} and tells {@code context} which they are, reporting
     * those of a type that does not fit and those annotated twice.
     */
    Pages(Reporter reporter, Paths paths, ModelClass model, ExecutableElement method, String label, QueryContext context) {
        this.reporter = reporter;
        this.paths = paths;
        this.model = model;
        this.method = method;
        this.label = label;
        for (QueryContext.Parameter parameter : context.parameters()) {
            VariableElement element = parameter.element();
            boolean isNumber = annotated(element, PAGE_NUMBER);
            boolean isSize = annotated(element, PAGE_SIZE);
            if (isNumber && isSize) {
                parameterError(element, "parameter '" + parameter.name() + "' is both @PageNumber and @PageSize",
                        "A page's number and its size are two parameters: keep one annotation here");
                continue;
            }
            if (isNumber) {
                number = read(element, parameter, "@PageNumber", number, NUMBER_TYPES.contains(TypeName.get(parameter.mirror())),
                        "Declare it int or long, or String for a page number as a URL gives it");
                context.page(parameter.name(), "the @PageNumber parameter, which chooses the page");
            } else if (isSize) {
                size = read(element, parameter, "@PageSize", size, TypeName.get(parameter.mirror()).equals(TypeName.INT),
                        "Declare it int");
                context.page(parameter.name(), "the @PageSize parameter, which sets how many objects a page holds");
            }
        }
    }

    private VariableElement read(VariableElement element, QueryContext.Parameter parameter, String annotation,
            VariableElement first, boolean fits, String fix) {
        if (first != null) {
            parameterError(element, "parameter '" + parameter.name() + "' is a second " + annotation + " (the first is '"
                    + first.getSimpleName() + "')", "Keep " + annotation + " on one parameter");
            return first;
        }
        if (!fits) {
            parameterError(element, "parameter '" + parameter.name() + "' is " + annotation + ", but its type "
                    + JavaType.simple(TypeName.get(parameter.mirror())) + " cannot hold one", fix);
        }
        return element;
    }

    /** The shape of a page type, {@code Page<T>}, {@code Paginator<T>} or {@code KeysetPaginator<T>}; otherwise {@code null}. */
    static Shape container(String qualifiedName) {
        return CONTAINERS.get(qualifiedName);
    }

    /** Whether a page parameter has an error already. */
    boolean failed() {
        return failed;
    }

    /** The page parameters of a query that returns {@code shape}; {@code null} for a query without pages. */
    QueryMethod.Paging paging(Shape shape) {
        return shape != null && shape.paged() && size != null ? new QueryMethod.Paging(number == null ? null
                : number.getSimpleName().toString(), size.getSimpleName().toString()) : null;
    }

    /**
     * Checks a query whose result is {@code result} against its page parameters, its slice and its
     * order; {@code false} (reported) when they do not fit.
     *
     * @param returns the return type as written, for messages
     * @param order the BSON sort keys the query has ({@code -pub_date}), its own or the model's
     * @param orderBy its {@code @OrderBy}, where the order was written; {@code null} otherwise
     * @param limit its {@code @Limit}; {@code null} otherwise
     * @param derivedLimit the limit of a derived name ({@code First}, {@code Top10}), or -1
     * @param derived whether the query is a derived name
     */
    boolean check(QueryMethod.Result result, String returns, List<String> order, AnnotationMirror orderBy,
            AnnotationMirror limit, int derivedLimit, boolean derived) {
        if (failed || result == null) {
            return !failed;
        }
        Shape shape = result.shape();
        if (!shape.paged()) {
            for (VariableElement parameter : new VariableElement[] {number, size}) {
                if (parameter != null) {
                    String annotation = parameter == number ? "@PageNumber" : "@PageSize";
                    parameterError(parameter, "parameter '" + parameter.getSimpleName() + "' is " + annotation + ", but "
                            + "the query returns " + returns + ", which has no pages", "Return Page<" + simple()
                            + "> (a @PageNumber and a @PageSize), Paginator<" + simple() + "> or KeysetPaginator<" + simple()
                            + "> (a @PageSize), or remove " + annotation);
                }
            }
            return !failed;
        }
        if (size == null) {
            methodError("it returns " + returns + ", but no parameter is @PageSize, so its pages have no size",
                    "Add a parameter @PageSize int perPage");
        }
        if (shape == Shape.PAGE && number == null) {
            methodError("it returns " + returns + ", but no parameter is @PageNumber, so which page it returns is not "
                    + "said", "Add a parameter @PageNumber int page, or return Paginator<" + simple()
                    + "> to choose pages later");
        }
        if (shape != Shape.PAGE && number != null) {
            parameterError(number, "parameter '" + number.getSimpleName() + "' is @PageNumber, but " + returns
                    + " holds every page", shape == Shape.PAGINATOR
                    ? "Remove @PageNumber and ask the paginator for page(number) or getPage(number), or return Page<"
                            + simple() + ">"
                    : "Remove @PageNumber: a keyset paginator finds pages by cursor, with first(), after(cursor) and "
                            + "before(cursor)");
        }
        if (limit != null) {
            reporter.report(Diagnostic.QUERY_CONFLICT, method, limit, null, label, "a query that returns " + returns
                    + " is sliced by its pages, so it takes no @Limit", "Remove @Limit; @PageSize says how many objects a "
                            + "page holds");
            failed = true;
        } else if (derivedLimit >= 0) {
            reporter.report(Diagnostic.QUERY_CONFLICT, method, label, "the name keeps only the first " + derivedLimit
                    + " (First or Top" + derivedLimit + "), but a query that returns " + returns + " is sliced by its pages",
                    "Remove First or Top from the name; @PageSize says how many objects a page holds");
            failed = true;
        }
        if (failed) {
            return false;
        }
        if (shape == Shape.KEYSET_PAGINATOR) {
            keys(returns, order, orderBy);
        } else if (order.isEmpty()) {
            String id = idName();
            String why = orderBy != null ? "@OrderBy({}) takes its order away" : "its query has no order";
            String fix = derived
                    ? "Add the order to the name, such as OrderBy" + Character.toUpperCase(id.charAt(0)) + id.substring(1)
                    : "Add @OrderBy with the order of the pages, ending with a field whose values are unique, such as \""
                            + id + "\"";
            orderError(orderBy, returns, why + ", so the server may return one " + simple() + " on two pages and "
                    + "another on none (Django warns of this: UnorderedObjectListWarning)", fix + ", or give " + simple()
                    + " a default order with @Model(ordering = ...)");
        }
        return !failed;
    }

    /** Each key of a keyset paginator's order is a stored field of one plain value, as its cursors hold. */
    private void keys(String returns, List<String> order, AnnotationMirror orderBy) {
        for (String key : order) {
            String path = key.startsWith("-") ? key.substring(1) : key;
            String problem = keyProblem(path);
            if (problem != null) {
                orderError(orderBy, returns, "its order key \"" + path + "\"" + (orderBy == null ? " (from @Model(ordering) "
                        + "of " + simple() + ")" : "") + " " + problem + ", which has no single place in the order",
                        "Order by fields of one plain value each (text, a number, a date, an id, an enum), or return "
                                + "Paginator<" + simple() + ">");
                return;
            }
        }
    }

    /** What makes the field at {@code bsonPath} no key, as the runtime says it; {@code null} when it is one. */
    private String keyProblem(String bsonPath) {
        ClassName owner = model.className();
        String[] parts = bsonPath.split("\\.", -1);
        for (int i = 0; i < parts.length; i++) {
            FieldModel field = owner == null ? null : byKey(paths.fields(owner), parts[i]);
            if (field == null) {
                return null; // not a field path the processor resolved; the runtime's check stands
            }
            FieldType type = field.type();
            boolean last = i == parts.length - 1;
            if (last ? !KEY_KINDS.contains(type.kind()) : type.kind() != ValueKind.EMBEDDED) {
                ValueKind kind = type.kind();
                String holds = kind == ValueKind.LIST || kind == ValueKind.SET || kind == ValueKind.REFERENCES
                        ? "many values" : kind == ValueKind.MAP ? "a map" : kind == ValueKind.EMBEDDED
                        ? "a whole sub-document" : "binary data";
                return "holds " + holds + " (" + owner.simpleName() + "." + field.name() + " is "
                        + Paths.simpleType(type) + ")";
            }
            owner = type.kind() == ValueKind.EMBEDDED ? type.modelClass() : null;
        }
        return null;
    }

    private static FieldModel byKey(List<FieldModel> fields, String key) {
        for (FieldModel field : fields) {
            if (field.bsonName().equals(key)) {
                return field;
            }
        }
        return null;
    }

    private String idName() {
        for (FieldModel field : model.fields()) {
            if (field.id()) {
                return field.name();
            }
        }
        return "id";
    }

    private String simple() {
        return model.className().simpleName();
    }

    private void parameterError(Element parameter, String problem, String fix) {
        reporter.report(Diagnostic.PAGE_PARAMETER, parameter, label, problem, fix, "");
        failed = true;
    }

    private void methodError(String problem, String fix) {
        reporter.report(Diagnostic.PAGE_PARAMETER, method, label, problem, fix, "");
        failed = true;
    }

    private void orderError(AnnotationMirror orderBy, String returns, String problem, String fix) {
        reporter.report(Diagnostic.PAGE_ORDER, method, orderBy, null, label, returns, problem, fix);
        failed = true;
    }

    private static boolean annotated(Element element, String annotation) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(annotation)) {
                return true;
            }
        }
        return false;
    }
}
