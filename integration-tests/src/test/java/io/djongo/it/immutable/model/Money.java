package io.djongo.it.immutable.model;

import io.djongo.annotations.Creator;
import io.djongo.annotations.EmbeddedModel;
import java.util.Objects;

/** A value built by a static factory, as Lombok's {@code @Value(staticConstructor = "of")} writes it. */
@EmbeddedModel
public final class Money {
    private final long cents;
    private final String currency;

    private Money(long cents, String currency) {
        this.cents = cents;
        this.currency = currency;
    }

    @Creator
    public static Money of(long cents, String currency) {
        return new Money(cents, currency);
    }

    public long getCents() {
        return cents;
    }

    public String getCurrency() {
        return currency;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money && cents == ((Money) other).cents && Objects.equals(currency, ((Money) other).currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cents, currency);
    }
}
