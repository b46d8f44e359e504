package io.djongo.it.model;

import io.djongo.annotations.ArrayModel;

/** A record @ArrayModel, used in a List and in a Set (records give the Set its equals/hashCode). */
@ArrayModel
public record Tag(String label, int weight) {}
