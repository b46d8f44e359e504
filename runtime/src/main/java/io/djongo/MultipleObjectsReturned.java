package io.djongo;

/** {@code get(...)} found more than one document; narrow the filter or use {@code first()}. */
public class MultipleObjectsReturned extends DjongoException {
    private static final long serialVersionUID = 1L;

    public MultipleObjectsReturned(String message) {
        super(message);
    }
}
