package io.djongo.it.query.model;

import io.djongo.annotations.EmbeddedModel;

/** The second level of Post → Site → Owner → Place. */
@EmbeddedModel
public class Owner {
    public String name;
    public Place home;

    public Owner() {}

    public Owner(String name, Place home) {
        this.name = name;
        this.home = home;
    }
}
