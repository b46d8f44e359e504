package io.djongo.examples.readme.migrations;

import static io.djongo.migrations.Fields.OBJECT_ID;
import static io.djongo.migrations.Fields.STRING;
import static io.djongo.migrations.Fields.embedded;
import static io.djongo.migrations.Fields.field;
import static io.djongo.migrations.Fields.listOf;

import io.djongo.annotations.Migration;
import io.djongo.migrations.Operation;
import io.djongo.migrations.Operations;
import io.djongo.migrations.operations.CreateCollection;
import java.util.List;

/** The first migration of the README's app "readme": notes with an embedded author and an array of tags. */
@Migration
public final class V0001_Initial implements Operations {
    @Override
    public List<Operation> operations() {
        return List.of(CreateCollection.named("note")
                .field("_id", "id", OBJECT_ID)
                .field("text", STRING)
                .field("stars", STRING)
                .field("author", embedded("Author", field("name", STRING), field("mail", STRING)))
                .field("tags", listOf(embedded("Tag", field("name", STRING)))));
    }
}
