package io.djongo.it.query.model;

import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import org.bson.types.ObjectId;

/** A second collection, whose values feed {@code in} lookups of posts as a subquery. */
@Model(collection = "topics")
public record Topic(@Id ObjectId id, String siteName, boolean hot) {}
