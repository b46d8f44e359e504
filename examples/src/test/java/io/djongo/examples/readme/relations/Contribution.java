package io.djongo.examples.readme.relations;

import io.djongo.annotations.ForeignKey;
import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import io.djongo.annotations.OnDelete;
import io.djongo.relation.Ref;
import org.bson.types.ObjectId;

/** The README's through model: a writer's contribution to a blog. */
// README: relation-through
@Model
public class Contribution extends Contribution_ {      // one document per pair, with fields of its own
    @Id ObjectId id;
    @ForeignKey(onDelete = OnDelete.CASCADE) Ref<Writer> writer;
    @ForeignKey(onDelete = OnDelete.CASCADE) Ref<Blog> blog;
    String role;
}
// README: end
