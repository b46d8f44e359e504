package io.djongo.it.relation.model;

import io.djongo.annotations.ForeignKey;
import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import io.djongo.annotations.OnDelete;
import io.djongo.relation.Ref;
import org.bson.types.ObjectId;

/** A blog with an owner: deleting the owner deletes the blog, its entries and their comments. */
@Model(collection = "rel_blog")
public class Blog extends Blog_ {
    @Id public ObjectId id;
    public String name;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "blogs")
    public Ref<Person> owner;

    public Blog() {}

    public Blog(String name, Person owner) {
        this.name = name;
        this.owner = owner == null ? null : Ref.of(owner);
    }
}
