package io.djongo.it.model;

import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import java.time.Instant;
import java.util.UUID;

/** A record @Model with a user-supplied UUID id and a record @EmbeddedModel. */
@Model
public record Measurement(@Id UUID id, String sensor, double value, Instant takenAt, Geo location) {}
