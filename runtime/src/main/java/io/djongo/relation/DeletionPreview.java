package io.djongo.relation;

import io.djongo.meta.FieldMeta;
import io.djongo.meta.ModelMeta;
import java.util.List;

/**
 * What deleting some objects would do, found without writing anything (what Django's admin shows
 * on its delete confirmation page): the objects deleted, the cascade included; the objects that
 * stay but whose references are changed; and the objects that block the deletion. Made by
 * {@link Deletion#preview} and {@code QuerySet.previewDelete()}, which follow the relations
 * exactly as the deletion does.
 *
 * @param deleted what would be deleted, one group per model, the model of the deleted objects
 *     first; empty when nothing matches
 * @param updated what would be kept but changed, one group per relation: {@code SET_NULL},
 *     {@code SET_DEFAULT}, and many-to-many arrays the ids are removed from
 * @param blocking what refuses the deletion, one group per relation: {@code PROTECT} references,
 *     and {@code RESTRICT} references whose objects the same deletion does not delete; when it is
 *     not empty, {@code delete()} would throw {@code ProtectedError} or {@code RestrictedError}
 * @param tree the deleted objects nested as Django's confirmation page nests them: each object asked
 *     for, with the objects its deletion cascades to beneath it (an object reached by two paths is
 *     under the first); at most {@link #NAMED} objects of each model, as in the groups
 */
public record DeletionPreview(List<Group> deleted, List<Group> updated, List<Group> blocking, List<Node> tree) {
    /** How many objects each group names, at most; {@link Group#count()} counts all. */
    public static final int NAMED = 100;

    /** Nothing would be deleted, changed or blocking. */
    public static final DeletionPreview NOTHING = new DeletionPreview(List.of(), List.of(), List.of(), List.of());

    public DeletionPreview {
        deleted = List.copyOf(deleted);
        updated = List.copyOf(updated);
        blocking = List.copyOf(blocking);
        tree = List.copyOf(tree);
    }

    /** What happens to the objects of a group. */
    public enum Effect {
        /** Deleted: the objects asked for, or reached by a {@code CASCADE}. */
        DELETE,
        /** Kept, with the reference set to {@code null} ({@code SET_NULL}). */
        SET_NULL,
        /** Kept, with the reference set to the field's default ({@code SET_DEFAULT}). */
        SET_DEFAULT,
        /** Kept, with the deleted ids removed from a many-to-many array. */
        REMOVE,
        /** Blocks the deletion: a {@code PROTECT} reference. */
        PROTECT,
        /** Blocks the deletion: a {@code RESTRICT} reference, from an object the deletion keeps. */
        RESTRICT
    }

    /**
     * Objects of one model that the deletion deletes, changes, or is blocked by.
     *
     * @param model their model
     * @param field the reference of theirs that points at a deleted object; {@code null} for deleted objects
     * @param effect what happens to them
     * @param count how many they are
     * @param ids the ids of the first {@link #NAMED} of them, as Java values of the model's id type
     */
    public record Group(ModelMeta<?> model, FieldMeta field, Effect effect, long count, List<Object> ids) {
        public Group {
            ids = List.copyOf(ids);
        }

        @Override
        public String toString() {
            return model.name() + (field == null ? "" : "." + field.name()) + " " + effect + " " + count;
        }
    }

    /**
     * A deleted object in the {@link #tree()}: its model, its id (a Java value of the model's id
     * type) and the objects deleted because it is, through a {@code CASCADE}.
     */
    public record Node(ModelMeta<?> model, Object id, List<Node> children) {
        public Node {
            children = List.copyOf(children);
        }

        @Override
        public String toString() {
            return model.name() + " " + id + (children.isEmpty() ? "" : " " + children);
        }
    }

    /** Whether a {@code PROTECT} or {@code RESTRICT} reference refuses the deletion. */
    public boolean blocked() {
        return !blocking.isEmpty();
    }

    /** How many objects would be deleted, in all models. */
    public long count() {
        long count = 0;
        for (Group group : deleted) {
            count += group.count();
        }
        return count;
    }
}
