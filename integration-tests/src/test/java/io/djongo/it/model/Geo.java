package io.djongo.it.model;

import io.djongo.annotations.EmbeddedModel;

/** A record @EmbeddedModel, the middle level of Address → Geo → Region. */
@EmbeddedModel
public record Geo(double lat, double lon, Region region) {}
