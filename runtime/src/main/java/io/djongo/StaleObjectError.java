package io.djongo;

/**
 * An instance of a model with a {@code @Version} was changed or deleted by someone else since it
 * was loaded, so saving (or deleting) it would overwrite their change; nothing was written.
 * Reload it ({@code refreshFromDb()}), apply the change again, and save.
 */
public class StaleObjectError extends DjongoException {
    private static final long serialVersionUID = 1L;

    private final String model;
    private final transient Object id;
    private final long version;

    public StaleObjectError(String model, Object id, long version, String detail) {
        super(model + " with id " + id + " " + detail + "; reload it and apply the change again");
        this.model = model;
        this.id = id;
        this.version = version;
    }

    /** The model's simple name. */
    public String model() {
        return model;
    }

    /** The id of the stale instance, as stored (a BSON value). */
    public Object id() {
        return id;
    }

    /** The version the instance had when it was loaded. */
    public long version() {
        return version;
    }
}
