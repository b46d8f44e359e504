package com.example.blog;

import io.djongo.annotations.EmbeddedModel;
import io.djongo.annotations.Field;

/** The blog an entry belongs to, embedded in the entry. */
@EmbeddedModel
public class Blog {
    @Field(maxLength = 100, blank = false)
    String name;
    String tagline;
}
