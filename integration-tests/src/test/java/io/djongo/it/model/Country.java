package io.djongo.it.model;

import io.djongo.annotations.Field;
import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import io.djongo.annotations.Transient;

/** A user-supplied String id, fields renamed with @Field(name), and both kinds of transient field. */
@Model(collection = "countries")
public class Country extends Country_ {
    @Id
    public String code;
    @Field(name = "n")
    public String name;
    @Field(name = "pop")
    public long population;
    @Transient
    public String display = "display-default";
    public transient String cache = "cache-default";

    public Country() {}

    public Country(String code, String name, long population) {
        this.code = code;
        this.name = name;
        this.population = population;
    }
}
