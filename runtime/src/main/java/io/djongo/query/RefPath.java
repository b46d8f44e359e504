package io.djongo.query;

import io.djongo.codec.ValueCodec;
import io.djongo.meta.ModelMeta;
import io.djongo.relation.ReferenceCodecs;
import io.djongo.relation.Ref;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Supplier;
import org.bson.BsonArray;
import org.bson.BsonValue;

/**
 * A reference field of model {@code R} to model {@code T} ({@code Ref<T>}, a foreign key or a
 * one-to-one), stored as the target's id: {@code Entry_.blog}. Conditions on the target are
 * written with the target's own paths and run as a semi-join, one {@code $lookup} aggregation
 * where the server has it and a query of ids otherwise:
 *
 * <pre>{@code
 * Entry.objects().filter(Entry_.blog.where(Blog_.name.startsWith("Beatles")));
 * Entry.objects().filter(Entry_.blog.where(Blog_.owner.where(Owner_.name.eq("Ann"))));   // any depth
 * }</pre>
 *
 * @param <R> the model that holds the reference
 * @param <T> the referenced model
 */
public final class RefPath<R, T> extends AbstractPath<R> {
    private final Supplier<ModelMeta<T>> target;

    public RefPath(String name, Supplier<ModelMeta<T>> target) {
        super(name);
        this.target = Objects.requireNonNull(target, "target");
    }

    /** The referenced model. */
    public ModelMeta<T> target() {
        return target.get();
    }

    @Override
    public ValueCodec<?> valueCodec() {
        return ReferenceCodecs.ref(target.get());
    }

    private BsonValue id(T object) {
        BsonValue id = target.get().idValue(Objects.requireNonNull(object, () -> bsonPath() + ": the target is null; use isNull(true)"));
        if (id == null) {
            throw new IllegalArgumentException(bsonPath() + ": the " + target.get().name() + " has not been saved, so no "
                    + "document refers to it yet");
        }
        return id;
    }

    /** Refers to {@code object}. */
    public Filter<R> is(T object) {
        return Filters.field(bsonPath(), id(object));
    }

    /** Refers to the same object as {@code ref}; {@code null} is {@link #isNull(boolean) isNull(true)}. */
    public Filter<R> eq(Ref<T> ref) {
        if (ref == null) {
            return isNull(true);
        }
        return Filters.field(bsonPath(), ReferenceCodecs.ref(target.get()).toBsonValue(ref));
    }

    /** Refers to one of {@code objects}. */
    public Filter<R> in(Collection<? extends T> objects) {
        BsonArray ids = new BsonArray();
        for (T object : Objects.requireNonNull(objects, "in(): objects is null")) {
            ids.add(id(object));
        }
        return Filters.operator(bsonPath(), "$in", ids);
    }

    /**
     * Refers to an object of {@code T} that matches {@code condition} (Django's
     * {@code filter(blog__name__startswith="Beatles")}); conditions given together are about the
     * same object.
     */
    public Filter<R> where(Filter<T> condition) {
        Objects.requireNonNull(condition, "where(): condition is null");
        return new SubqueryFilter<>(bsonPath(), new Subquery<>(Manager.of(target.get()).filter(condition), "_id"));
    }

    /** Sets the reference to {@code object} ({@code $set} of its id). */
    public Update<R> set(T object) {
        BsonValue id = id(object);
        return new Update<>("$set", bsonPath(), id, new org.bson.BsonDocument("$literal", id));
    }
}
