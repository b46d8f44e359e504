package io.djongo.benchmarks.model;

import io.djongo.annotations.ArrayModel;
import java.util.Objects;

/** One of an entry's authors, stored in the entry's array of authors. */
@ArrayModel
@dev.morphia.annotations.Entity(useDiscriminator = false)
public class Author {
    String name;
    String email;

    public Author() {}

    public Author(String name, String email) {
        this.name = name;
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Author author && Objects.equals(name, author.name) && Objects.equals(email, author.email);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, email);
    }

    @Override
    public String toString() {
        return "Author[" + name + ", " + email + "]";
    }
}
