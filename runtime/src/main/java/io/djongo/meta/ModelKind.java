package io.djongo.meta;

/** How a model class is stored. */
public enum ModelKind {
    /** {@code @Model}: documents of its own collection. */
    MODEL,
    /** {@code @EmbeddedModel}: a sub-document inside another model. */
    EMBEDDED,
    /** {@code @ArrayModel}: an element of an array of sub-documents. */
    ARRAY
}
