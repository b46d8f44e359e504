package io.djongo.it.relation.model;

import io.djongo.annotations.Id;
import io.djongo.annotations.Model;

/** A category with an application-assigned id; entries fall back to "general" when theirs is deleted. */
@Model(collection = "rel_category")
public record Category(@Id String slug, String title) {}
