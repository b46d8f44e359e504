package io.djongo.query;

import io.djongo.meta.FieldMeta;
import io.djongo.meta.ModelMeta;
import io.djongo.relation.Relations;
import io.djongo.relation.ThroughManager;
import java.util.Objects;
import java.util.function.Supplier;
import org.bson.BsonValue;

/**
 * A many-to-many relation through another model ({@code @ManyToMany(through = Membership.class)}),
 * on the model {@code R} that declares it, to the target {@code T}: {@code Musician_.bands}. The
 * pairs are documents of the through model, so conditions on the targets run as two semi-joins:
 * the targets that match, then the pairs that hold them.
 *
 * <pre>{@code
 * Musician_.objects().filter(Musician_.bands.any(Band_.name.startsWith("The")));  // Django's bands__name__startswith
 * }</pre>
 *
 * @param <R> the model that declares the relation
 * @param <T> the target
 */
public final class ThroughPath<R, T> {
    private final Supplier<ModelMeta<R>> owner;
    private final String name;
    private final Supplier<ModelMeta<T>> target;

    /**
     * @param owner the declaring model's metadata
     * @param name the relation field's name
     * @param target the target's metadata
     */
    public ThroughPath(Supplier<ModelMeta<R>> owner, String name, Supplier<ModelMeta<T>> target) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.name = Objects.requireNonNull(name, "name");
        this.target = Objects.requireNonNull(target, "target");
    }

    private Relations.ThroughPair pair() {
        ModelMeta<R> model = owner.get();
        for (FieldMeta field : model.throughFields()) {
            if (field.name().equals(name)) {
                return Relations.through(model, field);
            }
        }
        throw new IllegalStateException(model.name() + " has no many-to-many relation through another model named " + name);
    }

    /** Paired with at least one target that matches {@code condition}. */
    @SuppressWarnings("unchecked") // the condition is on the target model
    public Filter<R> any(Filter<T> condition) {
        Objects.requireNonNull(condition, "any(): condition is null");
        Relations.ThroughPair pair = pair();
        return paired(pair, new SubqueryFilter<>(pair.target().bsonName(),
                new Subquery<>(Manager.of(target.get()).filter(condition), "_id")));
    }

    /** Paired with {@code object}. */
    public Filter<R> contains(T object) {
        BsonValue id = target.get().idValue(Objects.requireNonNull(object, "contains(): object is null"));
        if (id == null) {
            throw new IllegalArgumentException("contains(): the " + target.get().name() + " has not been saved, so nothing is "
                    + "paired with it yet");
        }
        Relations.ThroughPair pair = pair();
        return paired(pair, Filters.field(pair.target().bsonName(), id));
    }

    /** Paired with no target (Django's {@code bands__isnull=True}). */
    public Filter<R> isEmpty() {
        return Filters.not(paired(pair(), Filters.all()));
    }

    @SuppressWarnings("unchecked") // a query of the through model's own metadata
    private static <R> Filter<R> paired(Relations.ThroughPair pair, Filter<?> pairs) {
        ModelMeta<Object> through = (ModelMeta<Object>) pair.model();
        return new SubqueryFilter<>("_id", new Subquery<>(Manager.of(through).filter((Filter<Object>) pairs),
                pair.source().bsonName()));
    }

    /** The manager of {@code object}'s side of the relation; made by the generated {@code musician.bands()}. */
    public ThroughManager<R, T> manager(ModelMeta<R> meta, R object) {
        ModelMeta<R> model = owner.get();
        for (FieldMeta field : model.throughFields()) {
            if (field.name().equals(name)) {
                return ThroughManager.of(meta, object, field);
            }
        }
        throw new IllegalStateException(model.name() + " has no many-to-many relation through another model named " + name);
    }
}
