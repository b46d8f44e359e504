package io.djongo.it.schema.model;

import io.djongo.annotations.ArrayModel;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** An element of an array of models, validated under {@code critiques[i]}. */
@ArrayModel
public record Critique(@Email String reviewer, @Min(1) @Max(5) int stars) {}
