package com.example.blog.migrations;

import static io.djongo.migrations.Fields.*;

import io.djongo.annotations.Migration;
import io.djongo.migrations.Operation;
import io.djongo.migrations.Operations;
import io.djongo.migrations.operations.AddField;
import io.djongo.migrations.operations.AlterField;
import io.djongo.migrations.operations.CreateCollection;
import io.djongo.migrations.operations.CreateIndex;
import io.djongo.migrations.operations.DropCollection;
import io.djongo.migrations.operations.DropIndex;
import io.djongo.migrations.operations.RemoveField;
import io.djongo.migrations.operations.RenameCollection;
import io.djongo.migrations.operations.RenameField;
import io.djongo.migrations.operations.SetValidator;
import io.djongo.schema.IndexSpec;
import java.util.List;
import org.bson.BsonBoolean;
import org.bson.BsonDouble;
import org.bson.BsonInt64;
import org.bson.BsonString;

/**
 * Made by {@code djongo makemigrations}:
 * <ul>
 *   <li>Create collection entry with a validator</li>
 *   <li>Create index blog.name_1_created_-1 on entry</li>
 *   <li>Create index by_slug on entry</li>
 *   <li>Create index created_1 on entry</li>
 *   <li>Create index search on entry</li>
 *   <li>Drop index pub_date_-1 from entry</li>
 *   <li>Rename collection post to article</li>
 *   <li>Drop collection draft</li>
 *   <li>Add field views to entry (default 0)</li>
 *   <li>Add field comments.likes to entry</li>
 *   <li>Remove field blog.tagline from entry</li>
 *   <li>Rename field blog.name of entry to blog.title</li>
 *   <li>Alter field rating of entry to List&lt;INT&gt; (default 2.5)</li>
 *   <li>Alter field flag of entry to STRING (default true)</li>
 *   <li>Set the validator of entry</li>
 *   <li>Remove the validator of article</li>
 * </ul>
 */
@Migration(dependsOn = "V0001_Initial")
public final class V0002_Everything implements Operations {
    @Override
    public List<Operation> operations() {
        return List.of(
                CreateCollection.named("entry")
                        .model("com.example.blog.Entry")
                        .field("_id", "id", OBJECT_ID)
                        .field("blog", embedded("com.example.blog.Blog",
                                field("name", STRING),
                                field("tagline", STRING)))
                        .field("tags", setOf(STRING))
                        .field("votes", mapOf(INT))
                        .field("comments", listOf(embedded("com.example.blog.Comment",
                                field("text", STRING),
                                field("replies", listOf(recursive("com.example.blog.Comment"))))))
                        .field(field("status", ENUM).withDefault(new BsonString("DRAFT")))
                        .field(field("created", INSTANT).withDefault(bson("{\"$date\": \"2024-01-01T00:00:00Z\"}")))
                        .validator("{\"$jsonSchema\": {\"bsonType\": \"object\", \"required\": [\"status\"]}}"),
                CreateIndex.on("entry", IndexSpec.on("blog.name", 1).then("created", -1)),
                CreateIndex.on("entry", IndexSpec.on("slug", 1)
                        .named("by_slug")
                        .unique()
                        .sparse()
                        .partialFilter("{\"status\": \"PUBLISHED\"}")
                        .collation("{\"locale\": \"en\", \"strength\": 2}")),
                CreateIndex.on("entry", IndexSpec.on("created", 1).expireAfterSeconds(86400L)),
                CreateIndex.on("entry", IndexSpec.on("headline", "text")
                        .named("search")
                        .weights("{\"headline\": 10}")
                        .defaultLanguage("english")),
                DropIndex.of("entry", "pub_date_-1"),
                RenameCollection.of("post", "article"),
                DropCollection.named("draft"),
                AddField.to("entry", field("views", LONG).withDefault(new BsonInt64(0L))),
                AddField.to("entry", "comments", field("likes", INT)),
                RemoveField.from("entry", "blog.tagline"),
                RenameField.in("entry", "blog.name", "title"),
                AlterField.of("entry", "rating", listOf(INT)).withDefault(new BsonDouble(2.5)),
                AlterField.of("entry", "flag", STRING).withDefault(BsonBoolean.TRUE),
                SetValidator.of("entry", "{\"$jsonSchema\": {\"required\": [\"title\"]}}"),
                SetValidator.remove("article"));
    }
}
