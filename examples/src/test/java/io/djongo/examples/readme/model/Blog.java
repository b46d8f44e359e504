package io.djongo.examples.readme.model;

import io.djongo.annotations.EmbeddedModel;
import io.djongo.annotations.Field;

// README: model-blog
@EmbeddedModel                      // a sub-document inside another model
public class Blog {
    @Field(maxLength = 100) String name;
    String tagline;
}
// README: end
