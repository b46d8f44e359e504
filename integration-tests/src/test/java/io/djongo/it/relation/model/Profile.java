package io.djongo.it.relation.model;

import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import io.djongo.annotations.OnDelete;
import io.djongo.annotations.OneToOne;
import io.djongo.relation.Ref;
import org.bson.types.ObjectId;

/** A person's profile: one-to-one, so the reverse accessor is one object, {@code person.profile()}. */
@Model(collection = "rel_profile")
public class Profile extends Profile_ {
    @Id public ObjectId id;
    public String bio;
    @OneToOne(onDelete = OnDelete.CASCADE)
    public Ref<Person> person;

    public Profile() {}

    public Profile(String bio, Person person) {
        this.bio = bio;
        this.person = Ref.of(person);
    }
}
