package io.djongo.it.migrations.registered.migrations;

import static io.djongo.migrations.Fields.OBJECT_ID;
import static io.djongo.migrations.Fields.STRING;

import io.djongo.annotations.Migration;
import io.djongo.migrations.Operation;
import io.djongo.migrations.Operations;
import io.djongo.migrations.operations.CreateCollection;
import java.util.List;

/** A migration class as makemigrations writes them, registered at compile time (app "registered"). */
@Migration
public final class V0001_Initial implements Operations {
    @Override
    public List<Operation> operations() {
        return List.of(CreateCollection.named("note").field("_id", "id", OBJECT_ID).field("text", STRING));
    }
}
