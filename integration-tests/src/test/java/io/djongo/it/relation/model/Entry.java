package io.djongo.it.relation.model;

import io.djongo.annotations.Field;
import io.djongo.annotations.ForeignKey;
import io.djongo.annotations.Id;
import io.djongo.annotations.ManyToMany;
import io.djongo.annotations.Model;
import io.djongo.annotations.OnDelete;
import io.djongo.relation.Ref;
import io.djongo.relation.RefList;
import java.util.List;
import org.bson.types.ObjectId;

/** An entry of a blog: every kind of relation and onDelete rule. */
@Model(collection = "rel_entry")
public class Entry extends Entry_ {
    @Id public ObjectId id;
    public String headline;
    public int rating;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "entries")
    public Ref<Blog> blog;
    @ManyToMany(relatedName = "entries")
    public RefList<Tag> tags;
    @ForeignKey(onDelete = OnDelete.SET_NULL, relatedName = "edited")
    public Ref<Person> editor;
    @ForeignKey(onDelete = OnDelete.SET_DEFAULT, relatedName = "entries")
    @Field(defaultValue = "general")
    public Ref<Category> category;
    public List<Credit> credits;

    public Entry() {}

    public Entry(String headline, int rating, Blog blog) {
        this.headline = headline;
        this.rating = rating;
        this.blog = blog == null ? null : Ref.of(blog);
    }
}
