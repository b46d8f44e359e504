package io.djongo.processor.model;

/** Which annotation declared a model; mirrors the runtime's {@code io.djongo.meta.ModelKind}. */
public enum ModelKind {
    MODEL("@Model"),
    EMBEDDED("@EmbeddedModel"),
    ARRAY("@ArrayModel");

    private final String annotation;

    ModelKind(String annotation) {
        this.annotation = annotation;
    }

    /** The annotation as users write it, for messages. */
    public String annotation() {
        return annotation;
    }
}
