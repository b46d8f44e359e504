package io.djongo.processor.analysis;

import com.palantir.javapoet.ClassName;
import io.djongo.processor.model.FieldModel;
import io.djongo.processor.model.ModelClass;
import io.djongo.processor.model.ValueKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds fields that embed a model which embeds the owner again ({@code Comment.parent} of type
 * {@code Comment}). Their paths must be methods: path objects created eagerly for them would
 * create each other forever. Lists of models are not affected, since their element paths are
 * created on first use.
 */
public final class Recursion {
    private final Function<ClassName, List<FieldModel>> fieldsOf;

    /** @param fieldsOf the fields of any model class, from this compilation or an earlier one */
    public Recursion(Function<ClassName, List<FieldModel>> fieldsOf) {
        this.fieldsOf = fieldsOf;
    }

    /** {@code model} with {@link FieldModel#pathIsMethod()} set on its recursive fields. */
    public ModelClass mark(ModelClass model) {
        List<FieldModel> fields = new ArrayList<>(model.fields().size());
        boolean changed = false;
        for (FieldModel field : model.fields()) {
            boolean recursive = field.type().kind() == ValueKind.EMBEDDED
                    && reaches(field.type().modelClass(), model.className());
            fields.add(recursive ? field.withPathIsMethod(true) : field);
            changed |= recursive;
        }
        return changed ? model.withFields(fields) : model;
    }

    /** Whether {@code target} can be reached from {@code start} through single embedded fields. */
    private boolean reaches(ClassName start, ClassName target) {
        Set<ClassName> seen = new HashSet<>();
        Deque<ClassName> pending = new ArrayDeque<>();
        pending.add(start);
        while (!pending.isEmpty()) {
            ClassName current = pending.poll();
            if (current.equals(target)) {
                return true;
            }
            if (!seen.add(current)) {
                continue;
            }
            for (FieldModel field : fieldsOf.apply(current)) {
                if (field.type().kind() == ValueKind.EMBEDDED) {
                    pending.add(field.type().modelClass());
                }
            }
        }
        return false;
    }
}
