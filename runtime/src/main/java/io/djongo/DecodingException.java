package io.djongo;

/**
 * A stored document could not be read into a model: a value of the wrong BSON type, a
 * {@code null} for a primitive field, or an unknown enum constant. The message names the model,
 * the path of the field (through embedded models) and what was found; nothing is written, so
 * no data is lost.
 */
public class DecodingException extends DjongoException {
    private static final long serialVersionUID = 1L;

    private final String model;
    private final String path;
    private final String detail;

    /** A failure not yet located in a model; the model codec that reads the field adds the location. */
    public DecodingException(String detail) {
        this(null, null, detail, null);
    }

    private DecodingException(String model, String path, String detail, Throwable cause) {
        super(model == null ? detail : "cannot read " + model + "." + path + ": " + detail, cause);
        this.model = model;
        this.path = path;
        this.detail = detail;
    }

    /**
     * This failure, located at {@code field} of {@code model}. A failure already located inside
     * an embedded model keeps its inner path: {@code Entry.blog} + {@code Blog.name} gives
     * {@code Entry.blog.name}.
     */
    public DecodingException at(String model, String field) {
        String located = this.path == null ? field : field + "." + this.path;
        return new DecodingException(model, located, detail, getCause() == null ? this : getCause());
    }

    /** The simple name of the outermost model being read, or {@code null} when not yet located. */
    public String model() {
        return model;
    }

    /** The BSON path of the failing value inside the model, or {@code null} when not yet located. */
    public String path() {
        return path;
    }
}
