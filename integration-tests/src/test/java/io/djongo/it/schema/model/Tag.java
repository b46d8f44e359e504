package io.djongo.it.schema.model;

import io.djongo.annotations.Field;
import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import io.djongo.annotations.Version;
import java.time.Instant;

/** A record with an application id, a version, a default and a modification time: every copy-on-write path. */
@Model(collection = "schema_tags")
public record Tag(@Id String slug, @Field(maxLength = 12) String label, @Field(defaultValue = "1") int weight,
        @Field(autoNow = true) Instant touched, @Version int version) {}
