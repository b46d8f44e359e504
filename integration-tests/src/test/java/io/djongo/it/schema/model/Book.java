package io.djongo.it.schema.model;

import io.djongo.annotations.Field;
import io.djongo.annotations.Id;
import io.djongo.annotations.Index;
import io.djongo.annotations.Model;
import io.djongo.validation.ValidationError;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.bson.types.ObjectId;

/** A model with every kind of rule: Django field options, Jakarta constraints, a clean() hook, unique values. */
@Model(collection = "books", ordering = {"title"},
        indexes = @Index(fields = {"publisher.name", "title"}, unique = true, name = "publisher_title"))
public class Book extends Book_ {
    @Id
    public ObjectId id;
    @Field(maxLength = 20)
    public String title;
    @Field(unique = true)
    public String isbn;
    @Field(nullable = false)
    public String author;
    @Field(choices = {"paper", "ebook"}, defaultValue = "paper")
    public String format;
    @Email
    public String contact;
    @Size(min = 1, max = 3)
    public List<@Size(max = 10) String> tags;
    @Min(0)
    public int pages;
    @Field(defaultValue = "3")
    public int stock;
    public Publisher publisher;
    public List<Critique> critiques;
    @Field(autoNowAdd = true)
    public Instant created;
    @Field(autoNow = true)
    public Instant updated;

    public Book() {}

    public Book(String title, String isbn, String author) {
        this.title = title;
        this.isbn = isbn;
        this.author = author;
        this.format = "paper";
        this.tags = List.of("novel");
    }

    /** Django's Model.clean(): a rule over two fields. */
    void clean() {
        if ("ebook".equals(format) && pages > 0) {
            throw new ValidationError("pages", "an ebook has no pages", "ebook_pages");
        }
        if (title != null && title.equals(author)) {
            throw new ValidationError("the title cannot be the author's name");
        }
    }
}
