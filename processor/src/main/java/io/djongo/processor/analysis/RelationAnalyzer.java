package io.djongo.processor.analysis;

import com.palantir.javapoet.ClassName;
import io.djongo.processor.model.FieldModel;
import io.djongo.processor.model.FieldType;
import io.djongo.processor.model.ModelClass;
import io.djongo.processor.model.ModelKind;
import io.djongo.processor.model.ReverseModel;
import io.djongo.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.Element;

/**
 * Finds, for each {@code @Model} of a round, the relations of the round's models that point at
 * it, named as they will be generated on it ({@code Blog_.entries}, {@code blog.entries()}), and
 * reports names that would collide: two relations with one name, or a name the model already
 * uses for a field or a generated method.
 */
public final class RelationAnalyzer {
    /** Members every companion has, which a reverse relation cannot be named. */
    private static final Set<String> TAKEN = Set.of("objects", "save", "delete", "refreshFromDb", "fullClean",
            "validateUnique", "self", "equals", "hashCode", "toString", "getClass", "notify", "notifyAll", "wait",
            "clone", "finalize", "Meta", "Codec");

    private final Reporter reporter;
    private final Function<ClassName, List<FieldModel>> fieldsOf;

    public RelationAnalyzer(Reporter reporter, Function<ClassName, List<FieldModel>> fieldsOf) {
        this.reporter = reporter;
        this.fieldsOf = fieldsOf;
    }

    private record Found(ReverseModel reverse, Element element, String field, String owner) {}

    /**
     * {@code models} with their reverse relations; a model whose relation name collides is
     * reported and left out of the result, by class name in {@code failed}.
     */
    public List<ModelClass> resolve(List<ModelClass> models, Set<ClassName> failed) {
        Map<ClassName, List<Found>> byTarget = new LinkedHashMap<>();
        for (ModelClass model : models) {
            if (model.kind() == ModelKind.MODEL) {
                collect(model, model.fields(), "", new HashSet<>(List.of(model.className())), byTarget);
                for (FieldModel field : model.options().through()) {
                    if (!checkThrough(model, field)) {
                        failed.add(model.className());
                        continue;
                    }
                    // the reverse side of a many-to-many through another model: named by the field
                    ReverseModel reverse = new ReverseModel(model.className(), field.name(), field.relation(),
                            field.relation().accessorName(model.className()));
                    byTarget.computeIfAbsent(field.type().modelClass(), target -> new ArrayList<>())
                            .add(new Found(reverse, field.element(), field.name(), model.className().simpleName()));
                }
            }
        }
        List<ModelClass> resolved = new ArrayList<>();
        for (ModelClass model : models) {
            List<Found> pointing = byTarget.getOrDefault(model.className(), List.of());
            if (model.kind() != ModelKind.MODEL || pointing.isEmpty()) {
                resolved.add(model);
                continue;
            }
            Set<String> names = new HashSet<>(TAKEN);
            for (FieldModel field : model.fields()) {
                names.add(field.name());
            }
            Map<String, Found> seen = new LinkedHashMap<>();
            List<ReverseModel> reverse = new ArrayList<>();
            for (Found found : pointing) {
                String name = found.reverse().accessor();
                Found earlier = seen.putIfAbsent(name, found);
                String problem = earlier != null ? "the name of " + earlier.owner() + "." + earlier.field() + "'s relation too"
                        : names.contains(name) ? "a name " + model.className().simpleName() + " already uses for a field or "
                                + "a generated method" : null;
                if (problem != null) {
                    reporter.report(Diagnostic.RELATED_NAME_CLASH, found.element(), found.field(), found.owner(),
                            model.className().simpleName(), name, problem);
                    failed.add(found.reverse().source());
                    continue;
                }
                reverse.add(found.reverse());
            }
            resolved.add(model.withOptions(model.options().withReverse(reverse)));
        }
        List<ModelClass> kept = new ArrayList<>();
        for (ModelClass model : resolved) {
            if (!failed.contains(model.className())) {
                kept.add(model);
            }
        }
        return kept;
    }

    /**
     * Whether the through model of {@code field} holds exactly one reference to {@code model} and
     * one to the target. A relation of a model with itself through another model would have two
     * references to it, and which is which would be a guess, so it is reported too.
     */
    private boolean checkThrough(ModelClass model, FieldModel field) {
        ClassName through = field.relation().through();
        ClassName target = field.type().modelClass();
        int toSource = 0;
        int toTarget = 0;
        List<String> references = new ArrayList<>();
        for (FieldModel candidate : fieldsOf.apply(through)) {
            if (candidate.type().kind() == ValueKind.REFERENCE) {
                references.add(candidate.name() + " (Ref<" + candidate.type().modelClass().simpleName() + ">)");
                toSource += candidate.type().modelClass().equals(model.className()) ? 1 : 0;
                toTarget += candidate.type().modelClass().equals(target) ? 1 : 0;
            }
        }
        if (!model.className().equals(target) && toSource == 1 && toTarget == 1) {
            return true;
        }
        reporter.report(Diagnostic.THROUGH_REFERENCES, field.element(), field.name(), through.simpleName(),
                through.simpleName(), references.isEmpty() ? "no reference" : "the references " + String.join(", ", references),
                model.className().simpleName(), target.simpleName());
        return false;
    }

    /** The references of {@code fields}, through embedded models and arrays of them, by target. */
    private void collect(ModelClass source, List<FieldModel> fields, String prefix, Set<ClassName> open,
            Map<ClassName, List<Found>> byTarget) {
        for (FieldModel field : fields) {
            FieldType type = field.type();
            String path = prefix + field.bsonName();
            if (type.kind().isReference() && field.relation() != null) {
                ReverseModel reverse = new ReverseModel(source.className(), path, field.relation(),
                        field.relation().accessorName(source.className()));
                byTarget.computeIfAbsent(type.modelClass(), target -> new ArrayList<>())
                        .add(new Found(reverse, field.element(), field.name(), source.className().simpleName()));
                continue;
            }
            FieldType modelType = type.kind() == ValueKind.EMBEDDED ? type : type.isModelArray() ? type.element() : null;
            if (modelType != null && open.add(modelType.modelClass())) {
                collect(source, fieldsOf.apply(modelType.modelClass()), path + ".", open, byTarget);
                open.remove(modelType.modelClass());
            }
        }
    }
}
