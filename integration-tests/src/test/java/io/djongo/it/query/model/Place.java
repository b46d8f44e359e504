package io.djongo.it.query.model;

import io.djongo.annotations.EmbeddedModel;

/** The innermost level of Post → Site → Owner → Place. */
@EmbeddedModel
public record Place(String city, String zip) {}
