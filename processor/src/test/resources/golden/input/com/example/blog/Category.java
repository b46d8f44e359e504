package com.example.blog;

import io.djongo.annotations.Field;
import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import io.djongo.annotations.Version;
import java.time.Instant;

/** A record model whose id is chosen by the application, with a version and a modification time. */
@Model(collection = "categories")
public record Category(@Id String slug, @Field(choices = {"news", "howto"}) String kind,
        @Field(defaultValue = "1") int position, @Field(autoNow = true) Instant updated, @Version int version) {}
