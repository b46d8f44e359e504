package io.djongo.admin.forms;

import io.djongo.meta.ModelMeta;
import io.djongo.validation.Violation;
import java.util.List;

/** Puts the violations of a model's validation on the form, beside their inputs. */
public final class FormErrors {
    private FormErrors() {}

    /** Adds each violation to {@code state} under its input's key, or as an error of the whole object. */
    public static void place(ModelMeta<?> meta, List<Violation> violations, FormState state) {
        ViolationKeys.place(meta, violations, state);
    }
}
