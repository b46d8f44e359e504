package io.djongo;

/**
 * A model value cannot be written as BSON, for example a map key containing {@code $} or
 * {@code .}, which MongoDB would read as an operator or a path. Nothing is sent to the server.
 */
public class EncodingException extends DjongoException {
    private static final long serialVersionUID = 1L;

    public EncodingException(String message) {
        super(message);
    }
}
