package com.example.blog;

import io.djongo.annotations.EmbeddedModel;
import java.time.Instant;
import java.util.List;

/** A comment on an entry; it contains itself, as the comment it answers and as its replies. */
@EmbeddedModel
public class Comment {
    String text;
    Instant postedAt;
    Comment parent;
    List<Comment> replies;
}
