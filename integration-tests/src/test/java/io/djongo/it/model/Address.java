package io.djongo.it.model;

import io.djongo.annotations.EmbeddedModel;
import java.util.Objects;

/** A class @EmbeddedModel, used single, in a List and as a Map value; nests Geo → Region. */
@EmbeddedModel
public class Address {
    String street;
    String city;
    Geo geo;

    public Address() {}

    public Address(String street, String city, Geo geo) {
        this.street = street;
        this.city = city;
        this.geo = geo;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Address a && Objects.equals(street, a.street) && Objects.equals(city, a.city)
                && Objects.equals(geo, a.geo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(street, city, geo);
    }

    @Override
    public String toString() {
        return "Address[" + street + ", " + city + ", " + geo + "]";
    }
}
