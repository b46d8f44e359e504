package io.djongo.admin;

import java.util.List;

/**
 * A titled group of fields on the change form (one of Django's {@code fieldsets}).
 *
 * @param title the heading, or {@code null} for none
 * @param fields the top-level field names, in order
 * @param collapsed whether it starts collapsed (Django's {@code "classes": ["collapse"]})
 */
public record Fieldset(String title, List<String> fields, boolean collapsed) {
    public Fieldset {
        fields = List.copyOf(fields);
    }

    public static Fieldset of(String title, String... fields) {
        return new Fieldset(title, List.of(fields), false);
    }

    public Fieldset collapse() {
        return new Fieldset(title, fields, true);
    }
}
