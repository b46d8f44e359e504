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
        this(message, null);
    }

    /** A failure not yet located in a model, caused by {@code cause}. */
    public EncodingException(String message, Throwable cause) {
        super(message, cause);
        this.model = null;
        this.path = null;
        this.detail = message;
    }

    private EncodingException(String message, String model, String path, String detail, Throwable cause) {
        super(message, cause);
        this.model = model;
        this.path = path;
        this.detail = detail;
    }

    /** This failure, located at {@code path} (dotted, through list indexes and map keys) of {@code model}. */
    public EncodingException at(String model, String path) {
        return located("cannot store ", model, path);
    }

    /** This failure, in a query's value for {@code path} of {@code model}. */
    public EncodingException inQuery(String model, String path) {
        return located("cannot query ", model, path);
    }

    /** This failure, in the value given to the path {@code path} of a query or an update (the model is not known). */
    public EncodingException ofValue(String path) {
        return located("cannot write the value of ", null, path);
    }

    /** This failure, said to happen within {@code context}: {@code bulkCreate(): object 3 of 10: cannot store ...}. */
    public EncodingException within(String context) {
        return new EncodingException(context + ": " + getMessage(), model, path, detail, cause());
    }

    private EncodingException located(String verb, String model, String path) {
        String where = model == null ? shown(path) : model + (path == null || path.isEmpty() ? "" : "." + shown(path));
        return new EncodingException(verb + where + ": " + detail, model, path, detail, cause());
    }

    /** A path to show: a very deep one (an object containing itself) keeps its start and end. */
    private static String shown(String path) {
        if (path == null || path.length() <= 160) {
            return path;
        }
        int head = path.indexOf('.', 60);
        int tail = path.lastIndexOf('.', path.length() - 60);
        return head < 0 || tail <= head ? path : path.substring(0, head) + ".(...)" + path.substring(tail);
    }

    private Throwable cause() {
        return getCause() == null ? this : getCause();
    }

    /** What is wrong with the value, without its location. */
    public String detail() {
        return detail;
    }

    /** The simple name of the model being written, or {@code null} when not known. */
    public String model() {
        return model;
    }

    /** The path of the failing value inside the model, or {@code null} when not located. */
    public String path() {
        return path;
    }
}
