package com.example.library;

import io.djongo.annotations.EmbeddedModel;

/** Who published a book: a sub-document of each book. */
@EmbeddedModel
public record Publisher(String name, String city) {}
