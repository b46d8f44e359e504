package io.djongo.it.model;

import io.djongo.annotations.EmbeddedModel;
import java.util.ArrayList;
import java.util.List;

/** A self-recursive @EmbeddedModel: replies are Comments, and so is the parent. */
@EmbeddedModel
public class Comment {
    String author;
    String text;
    List<Comment> replies = new ArrayList<>();
    Comment parent;

    public Comment() {}

    public Comment(String author, String text) {
        this.author = author;
        this.text = text;
    }

    public Comment reply(Comment reply) {
        replies.add(reply);
        return this;
    }

    public String author() {
        return author;
    }

    public String text() {
        return text;
    }

    public List<Comment> replies() {
        return replies;
    }

    public Comment parent() {
        return parent;
    }

    public Comment withParent(Comment parent) {
        this.parent = parent;
        return this;
    }
}
