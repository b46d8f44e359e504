package io.djongo.it.immutable.model;

import io.djongo.annotations.EmbeddedModel;

/** An embedded value in the Immutables style: accessors named as the fields, a package-private constructor. */
@EmbeddedModel
public final class Edition {
    private final int number;
    private final int year;

    Edition(int number, int year) {
        this.number = number;
        this.year = year;
    }

    public static Edition of(int number, int year) {
        return new Edition(number, year);
    }

    public int number() {
        return number;
    }

    public int year() {
        return year;
    }
}
