package io.djongo.it.declared.model;

import io.djongo.annotations.Field;
import io.djongo.annotations.ForeignKey;
import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import io.djongo.annotations.OnDelete;
import io.djongo.relation.Ref;
import org.bson.types.ObjectId;

/** A book that refers to its publisher, and has a title of at most 20 characters. */
@Model(collection = "declared_books")
public class Book extends Book_ {
    @Id
    public ObjectId id;
    @Field(maxLength = 20)
    public String title;
    public int pages;
    @ForeignKey(onDelete = OnDelete.CASCADE)
    public Ref<Publisher> publisher;

    public Book() {}

    public Book(String title, int pages, Publisher publisher) {
        this.title = title;
        this.pages = pages;
        this.publisher = publisher == null ? null : Ref.of(publisher);
    }
}
