package io.djongo.examples.readme.model;

import io.djongo.annotations.Field;
import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;

// README: model-entry
@Model                              // documents of the collection "entry"
public class Entry extends Entry_ { // Entry_ is generated: paths, objects(), save(), delete()
    @Id ObjectId id;                // generated on insert when null
    Blog blog;
    @Field(maxLength = 255) String headline;
    List<Author> authors;
    List<String> tags;
    Map<String, Integer> votes;
    int rating;
    int views;
    Instant pubDate;
}
// README: end
