package io.djongo.it.migrations.registered.migrations;

import io.djongo.annotations.Migration;
import io.djongo.migrations.Operation;
import io.djongo.migrations.Operations;
import io.djongo.migrations.operations.CreateIndex;
import io.djongo.schema.IndexSpec;
import java.util.List;

/** Depends on the first: migrate orders them from the dependencies recorded in the model index. */
@Migration(dependsOn = "V0001_Initial")
public final class V0002_AddNoteIndex implements Operations {
    @Override
    public List<Operation> operations() {
        return List.of(CreateIndex.on("note", IndexSpec.on("text", 1)));
    }
}
