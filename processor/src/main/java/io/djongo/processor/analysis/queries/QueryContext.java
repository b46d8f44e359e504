package io.djongo.processor.analysis.queries;

import io.djongo.processor.analysis.Diagnostic;
import io.djongo.processor.model.FieldType;
import io.djongo.processor.model.queries.Arg;
import io.djongo.processor.model.queries.Slot;
import io.djongo.processor.model.queries.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import org.bson.BsonDocument;

/**
 * What the compilation of one query method keeps: its parameters and which of them are used, the
 * slots its templates need, and the name conditions are reported under
 * ({@code EntryQueries.byBlog}).
 */
final class QueryContext {
    /** A parameter of the method. */
    record Parameter(String name, JavaType type, TypeMirror mirror, VariableElement element) {}

    private final String label;
    private final Map<String, Parameter> parameters = new LinkedHashMap<>();
    private final Set<String> used = new LinkedHashSet<>();
    /** The page parameters ({@code @PageNumber}, {@code @PageSize}), which are not values of the query: what each is. */
    private final Map<String, String> pages = new LinkedHashMap<>();
    private final List<Slot> slots = new ArrayList<>();

    /** @param types the parameters' types as seen from the interface (type variables of a super-interface resolved) */
    QueryContext(String label, List<? extends VariableElement> parameters, List<? extends TypeMirror> types) {
        this.label = label;
        for (int i = 0; i < parameters.size(); i++) {
            VariableElement parameter = parameters.get(i);
            String name = parameter.getSimpleName().toString();
            TypeMirror type = types.get(i);
            this.parameters.put(name, new Parameter(name, JavaType.of(type), type, parameter));
        }
    }

    /** {@code EntryQueries.byBlog}. */
    String label() {
        return label;
    }

    /** Every parameter, the page parameters included. */
    List<Parameter> parameters() {
        return new ArrayList<>(parameters.values());
    }

    /** The parameters the query's values can come from: all but the page parameters. */
    List<Parameter> valueParameters() {
        List<Parameter> values = new ArrayList<>();
        for (Parameter parameter : parameters.values()) {
            if (!pages.containsKey(parameter.name())) {
                values.add(parameter);
            }
        }
        return values;
    }

    /** Marks {@code name} as a page parameter, {@code what} it is, for the message when a query names it. */
    void page(String name, String what) {
        pages.put(name, what);
        used.add(name);
    }

    /** The parameter {@code :name} names, marked as used. */
    Parameter parameter(Expr.Param param, String where) {
        String page = pages.get(param.name());
        if (page != null) {
            throw new Problem(Diagnostic.PAGE_PARAMETER, param.at(), param.name().length() + 1, where, param.text()
                    + " is " + page + ", not a value of the query", "Give the query a parameter of its own for this value");
        }
        Parameter parameter = parameters.get(param.name());
        if (parameter == null) {
            List<String> names = new ArrayList<>();
            for (Parameter value : valueParameters()) {
                names.add(value.name());
            }
            String fix = names.isEmpty() ? "Add a parameter " + param.name() + " to the method"
                    : "Add the parameter, or use one of :" + String.join(", :", names);
            throw new Problem(Diagnostic.MISSING_PARAMETER, param.at(), param.name().length() + 1, where, param.text(),
                    label + "()", Closest.suggestion(param.name(), names).replace("\"", "").replace("mean ", "mean :"), fix);
        }
        used.add(param.name());
        return parameter;
    }

    /** Marks {@code name} used without naming it in a text (derived names use parameters by position). */
    void use(String name) {
        used.add(name);
    }

    Set<String> used() {
        return used;
    }

    /** A new slot: its marker, to place in a template. */
    BsonDocument slot(Slot.Function function, FieldType codec, Arg arg, String path, String where) {
        return slot(new Slot(function, codec, arg, path, where));
    }

    BsonDocument slot(Slot slot) {
        slots.add(slot);
        return Template.marker(slots.size() - 1);
    }

    /** Every slot made so far, by number. */
    List<Slot> slots() {
        return slots;
    }

    /** {@code EntryQueries.byBlog: rating__gte = :min}, the context of argument errors at run time. */
    String where(Expr.Condition condition) {
        return label + ": " + condition.lookup() + (condition.value() == null ? "" : " = " + condition.value().text());
    }
}
