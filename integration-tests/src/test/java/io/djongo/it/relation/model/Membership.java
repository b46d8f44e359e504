package io.djongo.it.relation.model;

import io.djongo.annotations.Field;
import io.djongo.annotations.ForeignKey;
import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import io.djongo.annotations.OnDelete;
import io.djongo.relation.Ref;
import java.time.LocalDate;
import org.bson.types.ObjectId;

/** A musician's membership of a band (Django's through model), with the role they play. */
@Model(collection = "rel_membership")
public class Membership extends Membership_ {
    @Id public ObjectId id;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "memberships")
    public Ref<Musician> musician;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "memberships")
    public Ref<Band> band;
    @Field(nullable = false, blank = false, defaultValue = "member")
    public String role;
    public LocalDate joined;

    public Membership() {}
}
