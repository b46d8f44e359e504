package com.example.library;

import io.djongo.annotations.Field;
import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import io.djongo.annotations.Version;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import org.bson.types.ObjectId;

/** A book of the library. */
@Model(ordering = "title")
public class Book extends Book_ {
    @Id ObjectId id;
    /** The title, as printed on the cover. */
    @Field(maxLength = 100) String title;
    String author;
    Publisher publisher;
    List<String> tags;
    @Min(1) int pages;
    Instant published;
    @Version long version;

    public Book() {}

    public Book(String title, String author, Publisher publisher, List<String> tags, int pages) {
        this.title = title;
        this.author = author;
        this.publisher = publisher;
        this.tags = tags;
        this.pages = pages;
    }

    public String title() {
        return title;
    }
}
