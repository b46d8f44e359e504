package io.djongo.it.model;

import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import java.util.LinkedHashSet;
import java.util.Set;
import org.bson.types.ObjectId;

/**
 * A POJO: private fields reached through getters and setters, and no {@code extends Person_},
 * so it is used through {@code Person_.objects()} only.
 */
@Model
public class Person {
    @Id
    private ObjectId id;
    private String name;
    private int age;
    private boolean active;
    private Set<String> nicknames = new LinkedHashSet<>();

    public Person() {}

    public Person(String name, int age) {
        this.name = name;
        this.age = age;
    }

    public ObjectId getId() {
        return id;
    }

    public void setId(ObjectId id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getAge() {
        return age;
    }

    public void setAge(int age) {
        this.age = age;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Set<String> getNicknames() {
        return nicknames;
    }

    public void setNicknames(Set<String> nicknames) {
        this.nicknames = nicknames;
    }
}
