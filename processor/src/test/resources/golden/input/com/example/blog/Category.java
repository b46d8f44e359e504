package com.example.blog;

import io.djongo.annotations.Field;
import io.djongo.annotations.Id;
import io.djongo.annotations.Model;

/** A record model whose id is chosen by the application. */
@Model(collection = "categories")
public record Category(@Id String slug, @Field(choices = {"news", "howto"}) String kind, int position) {}
