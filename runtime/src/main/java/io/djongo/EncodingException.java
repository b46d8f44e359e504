package io.djongo;

/**
 * A value cannot be written as BSON, for example a map key containing {@code $} or {@code .},
 * which MongoDB would read as an operator or a path, an {@code Instant} beyond the range of a
 * BSON date, or a list holding values of another type than declared. The message names the model
 * and the path of the value when they are known ({@code cannot store Entry.pubDate: ...}).
 * Nothing is sent to the server.
 */
public class EncodingException extends DjongoException {
    private static final long serialVersionUID = 1L;

    private final String model;
    private final String path;
    private final String detail;

    /** A failure not yet located in a model. */
    public EncodingException(String message) {
        this(null, null, message, null);
    }

    /** A failure not yet located in a model, caused by {@code cause}. */
    public EncodingException(String message, Throwable cause) {
        this(null, null, message, cause);
    }

    private EncodingException(String model, String path, String detail, Throwable cause) {
        this(model, path, detail, cause, "cannot store ");
    }

    private EncodingException(String model, String path, String detail, Throwable cause, String verb) {
        super(model == null && path == null ? detail : verb + (model == null ? path : model
                + (path == null || path.isEmpty() ? "" : "." + path)) + ": " + detail, cause);
        this.model = model;
        this.path = path;
        this.detail = detail;
    }

    /** This failure, located at {@code path} (dotted, through list indexes and map keys) of {@code model}. */
    public EncodingException at(String model, String path) {
        return new EncodingException(model, path, detail, getCause() == null ? this : getCause(), "cannot store ");
    }

    /** This failure, in the value given to the path {@code path} of a query or an update. */
    public EncodingException ofValue(String path) {
        return new EncodingException(null, path, detail, getCause() == null ? this : getCause(), "cannot write the value of ");
    }

    /** This failure, in a query's value for {@code path} of {@code model} ({@code null} when unknown). */
    public EncodingException inQuery(String model, String path) {
        return new EncodingException(model, path, detail, getCause() == null ? this : getCause(), "cannot query ");
    }

    /** What is wrong with the value, without its location. */
    public String detail() {
        return detail;
    }

    /** The simple name of the model being written, or {@code null} when not located. */
    public String model() {
        return model;
    }

    /** The path of the failing value inside the model, or {@code null} when not located. */
    public String path() {
        return path;
    }
}
