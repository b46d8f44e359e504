package io.djongo.examples.blog;

import io.djongo.annotations.ArrayModel;

/** One of an entry's authors, stored in the entry's array of authors. */
@ArrayModel
public record Author(String name, String email) {}
