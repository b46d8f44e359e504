package io.djongo.examples.blog;

import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import java.time.LocalDate;

/**
 * A blog featured on the front page, in its own collection; entries refer to blogs by name, so
 * "entries of featured blogs" is a query on entries with a subquery on this collection.
 */
@Model
public record Featured(@Id String blogName, LocalDate since, boolean active) {}
