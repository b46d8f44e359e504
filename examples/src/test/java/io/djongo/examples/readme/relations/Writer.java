package io.djongo.examples.readme.relations;

import io.djongo.annotations.Id;
import io.djongo.annotations.ManyToMany;
import io.djongo.annotations.Model;
import io.djongo.relation.RefList;
import org.bson.types.ObjectId;

/** The README's writer, related to blogs through contributions. */
// README: relation-through-field
@Model
public class Writer extends Writer_ {
    @Id ObjectId id;
    String name;
    @ManyToMany(through = Contribution.class, relatedName = "writers")
    RefList<Blog> blogs;                                // declares the relation; stores nothing here
}
// README: end
