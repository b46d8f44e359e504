package io.djongo.admin.forms;

import io.djongo.meta.ModelMeta;
import java.util.List;

/** The objects a reference field can point to, for its select; {@code null} when there are too many to list. */
@FunctionalInterface
public interface ReferenceChoices {
    /**
     * One object: its id as form text, and its label.
     *
     * @param id the id as the input holds it
     * @param label what the option shows
     */
    record Choice(String id, String label) {}

    List<Choice> choices(ModelMeta<?> target);
}
