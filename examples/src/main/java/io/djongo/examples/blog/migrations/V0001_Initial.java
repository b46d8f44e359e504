package io.djongo.examples.blog.migrations;

import static io.djongo.migrations.Fields.*;

import io.djongo.annotations.Migration;
import io.djongo.migrations.Operation;
import io.djongo.migrations.Operations;
import io.djongo.migrations.operations.CreateCollection;
import io.djongo.migrations.operations.CreateIndex;
import io.djongo.schema.IndexSpec;
import java.util.List;

/**
 * Made by {@code djongo makemigrations}:
 * <ul>
 *   <li>Create collection entry</li>
 *   <li>Create index pubDate_1 on entry</li>
 *   <li>Create collection featured</li>
 * </ul>
 */
@Migration
public final class V0001_Initial implements Operations {
    @Override
    public List<Operation> operations() {
        return List.of(
                CreateCollection.named("entry")
                        .model("io.djongo.examples.blog.Entry")
                        .field("_id", "id", OBJECT_ID)
                        .field("blog", embedded("io.djongo.examples.blog.Blog",
                                field("name", STRING),
                                field("tagline", STRING)))
                        .field("headline", STRING)
                        .field("authors", listOf(embedded("io.djongo.examples.blog.Author",
                                field("name", STRING),
                                field("email", STRING))))
                        .field("tags", listOf(STRING))
                        .field("rating", INT)
                        .field("pubDate", INSTANT),
                CreateIndex.on("entry", IndexSpec.on("pubDate", 1)),
                CreateCollection.named("featured")
                        .model("io.djongo.examples.blog.Featured")
                        .field("_id", "blogName", STRING)
                        .field("since", LOCAL_DATE)
                        .field("active", BOOLEAN));
    }
}
