package io.djongo.it.relation.model;

import io.djongo.annotations.ArrayModel;
import io.djongo.annotations.ForeignKey;
import io.djongo.annotations.OnDelete;
import io.djongo.relation.Ref;

/** A credit inside an entry: a reference from inside an array of embedded models ({@code credits.person_id}). */
@ArrayModel
public class Credit {
    public String role;
    @ForeignKey(onDelete = OnDelete.SET_NULL, relatedName = "credited")
    public Ref<Person> person;

    public Credit() {}

    public Credit(String role, Person person) {
        this.role = role;
        this.person = Ref.of(person);
    }
}
