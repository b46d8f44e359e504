package io.djongo.it.relation.model;

import io.djongo.annotations.Id;
import io.djongo.annotations.ManyToMany;
import io.djongo.annotations.Model;
import io.djongo.relation.RefList;
import org.bson.types.ObjectId;

/** A musician, in bands through memberships: nothing of the relation is stored in the musician's document. */
@Model(collection = "rel_musician")
public class Musician extends Musician_ {
    @Id public ObjectId id;
    public String name;
    @ManyToMany(through = Membership.class, relatedName = "members")
    public RefList<Band> bands;

    public Musician() {}

    public Musician(String name) {
        this.name = name;
    }
}
