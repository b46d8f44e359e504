package io.djongo.examples.readme.schema;

import io.djongo.annotations.Field;
import io.djongo.annotations.Id;
import io.djongo.annotations.Index;
import io.djongo.annotations.Model;
import io.djongo.annotations.Version;
import io.djongo.validation.ValidationError;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import org.bson.types.ObjectId;

// README: model-book
@Model(ordering = "-created", indexes = @Index(fields = {"publisher.name", "title"}, unique = true))
public class Book extends Book_ {
    @Id ObjectId id;
    @Field(maxLength = 20) String title;
    @Field(unique = true) String isbn;             // a unique index, created by migrate
    @Field(nullable = false) String author;
    @Field(choices = {"paper", "ebook"}, defaultValue = "paper") String format;
    @Email String contact;                         // Jakarta constraints, checked without a provider
    @Min(0) int pages;
    Publisher publisher;                           // an @EmbeddedModel, validated under "publisher."
    @Field(autoNowAdd = true) Instant created;
    @Field(autoNow = true) Instant updated;
    @Version long version;                         // optimistic locking

    void clean() {                                 // Django's Model.clean(): rules over several fields
        if ("ebook".equals(format) && pages > 0) {
            throw new ValidationError("pages", "an ebook has no pages");
        }
    }
}
// README: end
