package io.djongo.it.immutable.model;

import io.djongo.annotations.Field;
import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import org.bson.types.ObjectId;

/**
 * Kotlin's {@code data class KotlinBook(@Id val id: ObjectId?, @Field(maxLength = 60) val title: String,
 * val pages: Int, val rating: Int?, val price: Money?)} as kapt hands it to annotation processors:
 * private final fields with placeholder values, the annotations on the constructor parameters, getters,
 * {@code componentN()} and {@code copy(...)}. It does not extend its companion: Kotlin code calls
 * {@code KotlinBook_.objects()}.
 */
@Model
@SuppressWarnings("djongo:companion-not-extended")
public final class KotlinBook {
    private final ObjectId id;
    private final String title;
    private final int pages;
    private final Integer rating;
    private final Money price;

    public KotlinBook(@Id ObjectId id, @Field(maxLength = 60) String title, int pages, Integer rating, Money price) {
        this.id = id;
        this.title = title;
        this.pages = pages;
        this.rating = rating;
        this.price = price;
    }

    public final ObjectId getId() {
        return id;
    }

    public final String getTitle() {
        return title;
    }

    public final int getPages() {
        return pages;
    }

    public final Integer getRating() {
        return rating;
    }

    public final Money getPrice() {
        return price;
    }

    public final ObjectId component1() {
        return id;
    }

    public final String component2() {
        return title;
    }

    public final KotlinBook copy(ObjectId id, String title, int pages, Integer rating, Money price) {
        return new KotlinBook(id, title, pages, rating, price);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof KotlinBook)) {
            return false;
        }
        KotlinBook that = (KotlinBook) other;
        return java.util.Objects.equals(id, that.id) && java.util.Objects.equals(title, that.title) && pages == that.pages
                && java.util.Objects.equals(rating, that.rating) && java.util.Objects.equals(price, that.price);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(id, title, pages, rating, price);
    }
}
