package io.djongo.it.query.model;

import io.djongo.annotations.ArrayModel;

/** An element of a post's authors. */
@ArrayModel
public record Writer(String name, String email, int karma) {}
