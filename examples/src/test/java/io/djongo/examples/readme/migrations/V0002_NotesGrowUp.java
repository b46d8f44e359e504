package io.djongo.examples.readme.migrations;

import static io.djongo.migrations.Fields.INT;
import static io.djongo.migrations.Fields.field;

import io.djongo.annotations.Migration;
import io.djongo.migrations.Operation;
import io.djongo.migrations.Operations;
import io.djongo.migrations.operations.AddField;
import io.djongo.migrations.operations.AlterField;
import io.djongo.migrations.operations.CreateIndex;
import io.djongo.migrations.operations.RenameField;
import io.djongo.migrations.operations.RunCode;
import io.djongo.schema.IndexSpec;
import java.util.List;
import org.bson.BsonInt32;
import org.bson.BsonString;

// README: migration-file
@Migration(dependsOn = "V0001_Initial")
public final class V0002_NotesGrowUp implements Operations {
    @Override
    public List<Operation> operations() {
        return List.of(
                RenameField.in("note", "author.mail", "email"),           // inside an embedded model: $rename
                AddField.to("note", "tags", field("weight", INT)          // in every element of an array
                        .withDefault(new BsonInt32(1))),
                AlterField.of("note", "stars", INT),                      // "4" becomes 4; "four" stops the step
                CreateIndex.on("note", IndexSpec.on("author.email", 1)),
                RunCode.of("Trim the texts", data -> data.update("note", note -> {
                    note.put("text", new BsonString(note.getString("text").getValue().strip()));
                    return note;                                          // BSON documents, never model classes
                })).withBackwards(RunCode.NOOP));
    }
}
// README: end
