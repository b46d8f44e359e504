package io.djongo.it.relation.model;

import io.djongo.annotations.ForeignKey;
import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import io.djongo.annotations.OnDelete;
import io.djongo.relation.Ref;
import org.bson.types.ObjectId;

/** A comment on an entry: the third level of a cascade from a person. */
@Model(collection = "rel_comment")
public class Comment extends Comment_ {
    @Id public ObjectId id;
    public String text;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "comments")
    public Ref<Entry> entry;

    public Comment() {}

    public Comment(String text, Entry entry) {
        this.text = text;
        this.entry = Ref.of(entry);
    }
}
