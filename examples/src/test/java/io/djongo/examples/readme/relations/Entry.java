package io.djongo.examples.readme.relations;

import io.djongo.annotations.ForeignKey;
import io.djongo.annotations.Id;
import io.djongo.annotations.ManyToMany;
import io.djongo.annotations.Model;
import io.djongo.annotations.OnDelete;
import io.djongo.relation.Ref;
import io.djongo.relation.RefList;
import org.bson.types.ObjectId;

/** The README's entry with relations. */
// README: relation-models
@Model
public class Entry extends Entry_ {
    @Id ObjectId id;
    String headline;
    int rating;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "entries")
    Ref<Blog> blog;                  // stored as blog_id: the blog's id, indexed by migrate

    @ManyToMany(relatedName = "entries")
    RefList<Tag> tags;               // stored as tags: an array of tag ids
}
// README: end
