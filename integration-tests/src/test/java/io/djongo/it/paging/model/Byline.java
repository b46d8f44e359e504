package io.djongo.it.paging.model;

import io.djongo.annotations.EmbeddedModel;

/** Who wrote a story: an embedded document, whose name can be an ordering key. */
@EmbeddedModel
public record Byline(String name) {}
