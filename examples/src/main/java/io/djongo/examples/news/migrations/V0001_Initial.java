package io.djongo.examples.news.migrations;

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
 *   <li>Create collection news_blog</li>
 *   <li>Create index name_1 on news_blog</li>
 *   <li>Create collection news_entry</li>
 *   <li>Create index blog_id_1 on news_entry</li>
 *   <li>Create index tags_1 on news_entry</li>
 *   <li>Create collection news_tag</li>
 *   <li>Create index name_1 on news_tag</li>
 * </ul>
 */
@Migration
public final class V0001_Initial implements Operations {
    @Override
    public List<Operation> operations() {
        return List.of(
                CreateCollection.named("news_blog")
                        .model("io.djongo.examples.news.Blog")
                        .field("_id", "id", OBJECT_ID)
                        .field("name", STRING)
                        .field("tagline", STRING),
                CreateIndex.on("news_blog", IndexSpec.on("name", 1).unique()),
                CreateCollection.named("news_entry")
                        .model("io.djongo.examples.news.Entry")
                        .field("_id", "id", OBJECT_ID)
                        .field("headline", STRING)
                        .field("rating", INT)
                        .field("blog_id", "blog", OBJECT_ID)
                        .field("tags", listOf(OBJECT_ID)),
                CreateIndex.on("news_entry", IndexSpec.on("blog_id", 1)),
                CreateIndex.on("news_entry", IndexSpec.on("tags", 1)),
                CreateCollection.named("news_tag")
                        .model("io.djongo.examples.news.Tag")
                        .field("_id", "id", OBJECT_ID)
                        .field("name", STRING),
                CreateIndex.on("news_tag", IndexSpec.on("name", 1).unique()));
    }
}
