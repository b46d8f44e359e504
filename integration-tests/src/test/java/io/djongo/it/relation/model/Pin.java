package io.djongo.it.relation.model;

import io.djongo.annotations.ForeignKey;
import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import io.djongo.annotations.OnDelete;
import io.djongo.relation.Ref;
import org.bson.types.ObjectId;

/**
 * A pin of an entry on its blog: the entry cannot be deleted while pinned (RESTRICT), unless the
 * pin goes too because its blog is deleted in the same operation (CASCADE), as Django's RESTRICT.
 */
@Model(collection = "rel_pin")
public class Pin extends Pin_ {
    @Id public ObjectId id;
    @ForeignKey(onDelete = OnDelete.RESTRICT, relatedName = "pins")
    public Ref<Entry> entry;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "pins")
    public Ref<Blog> blog;

    public Pin() {}

    public Pin(Entry entry, Blog blog) {
        this.entry = Ref.of(entry);
        this.blog = Ref.of(blog);
    }
}
