package io.djongo.it.relation.model;

import io.djongo.annotations.Field;
import io.djongo.annotations.ForeignKey;
import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import io.djongo.annotations.OnDelete;
import io.djongo.relation.Ref;
import org.bson.types.ObjectId;

/** A badge held by a person: while it exists, the person cannot be deleted (PROTECT). */
@Model(collection = "rel_badge")
public class Badge extends Badge_ {
    @Id public ObjectId id;
    public String title;
    @ForeignKey(onDelete = OnDelete.PROTECT, relatedName = "badges")
    @Field(name = "awarded_to", nullable = false)
    public Ref<Person> holder;

    public Badge() {}

    public Badge(String title, Person holder) {
        this.title = title;
        this.holder = holder == null ? null : Ref.of(holder);
    }
}
