package io.djongo.it.query.model;

import io.djongo.annotations.EmbeddedModel;

/** The first level of Post → Site → Owner → Place. */
@EmbeddedModel
public class Site {
    public String name;
    public String tagline;
    public Owner owner;

    public Site() {}

    public Site(String name, String tagline, Owner owner) {
        this.name = name;
        this.tagline = tagline;
        this.owner = owner;
    }
}
