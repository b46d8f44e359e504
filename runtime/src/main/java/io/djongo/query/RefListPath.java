package io.djongo.query;

import io.djongo.codec.ValueCodec;
import io.djongo.meta.ModelMeta;
import io.djongo.relation.ReferenceCodecs;
import io.djongo.relation.RefList;
import io.djongo.relation.RelatedManager;
import java.util.Objects;
import java.util.function.Supplier;
import org.bson.BsonArray;
import org.bson.BsonInt32;
import org.bson.BsonValue;

/**
 * A many-to-many field of model {@code R} to model {@code T} ({@code RefList<T>}), stored as an
 * array of the targets' ids: {@code Entry_.tags}. {@link #any} matches documents that refer to at
 * least one target matching a condition, as a semi-join; {@link #manager} changes one document's
 * list in place.
 *
 * @param <R> the model that holds the references
 * @param <T> the referenced model
 */
public final class RefListPath<R, T> extends AbstractPath<R> {
    private final Supplier<ModelMeta<T>> target;

    public RefListPath(String name, Supplier<ModelMeta<T>> target) {
        super(name);
        this.target = Objects.requireNonNull(target, "target");
    }

    /** The referenced model. */
    public ModelMeta<T> target() {
        return target.get();
    }

    @Override
    public ValueCodec<?> valueCodec() {
        return ReferenceCodecs.refList(target.get());
    }

    private BsonValue id(T object) {
        BsonValue id = target.get().idValue(Objects.requireNonNull(object, "the target is null"));
        if (id == null) {
            throw new IllegalArgumentException(bsonPath() + ": the " + target.get().name() + " has not been saved, so no "
                    + "document refers to it yet");
        }
        return id;
    }

    /** Refers to {@code object}, among others. */
    public Filter<R> contains(T object) {
        return Filters.field(bsonPath(), id(object));
    }

    /**
     * Refers to at least one object of {@code T} that matches {@code condition} (Django's
     * {@code filter(tags__name="jazz")}); conditions given together are about the same object.
     */
    public Filter<R> any(Filter<T> condition) {
        Objects.requireNonNull(condition, "any(): condition is null");
        return new SubqueryFilter<>(bsonPath(), new Subquery<>(Manager.of(target.get()).filter(condition), "_id"));
    }

    /** Refers to nothing: the array is empty or missing. */
    public Filter<R> isEmpty() {
        return Filters.or(java.util.List.of(Filters.field(bsonPath(), new BsonArray()),
                Filters.operator(bsonPath(), "$exists", org.bson.BsonBoolean.FALSE),
                Filters.field(bsonPath(), org.bson.BsonNull.VALUE)));
    }

    /** Refers to exactly {@code count} objects. */
    public Filter<R> size(int count) {
        return Filters.operator(bsonPath(), "$size", new BsonInt32(count));
    }

    /**
     * The manager of {@code owner}'s list (Django's {@code entry.tags}): {@code add}, {@code remove},
     * {@code set} and {@code clear} change the stored array in place and {@code list} with it.
     * A model that extends its companion has it as {@code entry.tags()}.
     */
    public RelatedManager<R, T> manager(QuerySet<R> objects, R owner, RefList<T> list) {
        return RelatedManager.of(objects.meta(), objects, owner, Objects.requireNonNull(list, () -> bsonPath()
                + " of this object is null; give the field a RefList (new RefList<>()) before changing it"), bsonPath(),
                target.get());
    }
}
