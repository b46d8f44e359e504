package io.djongo;

/** {@code get(...)} found no document (Django's {@code Model.DoesNotExist}). */
public class DoesNotExist extends DjongoException {
    private static final long serialVersionUID = 1L;

    public DoesNotExist(String message) {
        super(message);
    }
}
