package io.djongo.it.model;

import io.djongo.annotations.ArrayModel;

/** As in the examples: an element of an entry's authors. */
@ArrayModel
public record Author(String name, String email) {}
