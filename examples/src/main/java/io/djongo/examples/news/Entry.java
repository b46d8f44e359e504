package io.djongo.examples.news;

import io.djongo.annotations.Field;
import io.djongo.annotations.ForeignKey;
import io.djongo.annotations.Id;
import io.djongo.annotations.ManyToMany;
import io.djongo.annotations.Model;
import io.djongo.annotations.OnDelete;
import io.djongo.relation.Ref;
import io.djongo.relation.RefList;
import org.bson.types.ObjectId;

/**
 * An entry of a blog: {@code blog} is stored as {@code blog_id}, the blog's id, and deleting a
 * blog deletes its entries; {@code tags} is an array of tag ids.
 */
@Model(collection = "news_entry")
public class Entry extends Entry_ {
    @Id
    public ObjectId id;
    @Field(maxLength = 255)
    public String headline;
    public int rating;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "entries")
    public Ref<Blog> blog;
    @ManyToMany(relatedName = "entries")
    public RefList<Tag> tags;

    public Entry() {}

    public Entry(Blog blog, String headline, int rating) {
        this.blog = Ref.of(blog);
        this.headline = headline;
        this.rating = rating;
    }

    @Override
    public String toString() {
        return "Entry[" + headline + ", rating " + rating + "]";
    }
}
