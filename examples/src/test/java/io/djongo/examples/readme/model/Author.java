package io.djongo.examples.readme.model;

import io.djongo.annotations.ArrayModel;

// README: model-author
@ArrayModel                         // an element of an array of sub-documents; records work too
public record Author(String name, String email) {}
// README: end
