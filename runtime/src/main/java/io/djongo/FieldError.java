package io.djongo;

/**
 * A query names a field or lookup the model does not have, or gives a value that does not fit
 * the field (Django's {@code FieldError}). The message names the model, the bad part, and the
 * valid choices, with a "did you mean" when a name is close.
 */
public class FieldError extends DjongoException {
    private static final long serialVersionUID = 1L;

    public FieldError(String message) {
        super(message);
    }
}
