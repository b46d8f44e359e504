package io.djongo.query;

import io.djongo.meta.FieldMeta;
import io.djongo.meta.ModelMeta;
import io.djongo.relation.Relations;
import java.util.Objects;
import java.util.function.Supplier;
import org.bson.BsonValue;

/**
 * The reverse side of a relation, on the referenced model {@code R}, to the model {@code S} that
 * refers to it: {@code Blog_.entries} when {@code Entry} has a {@code Ref<Blog> blog}. Generated
 * on the target's companion; conditions on the referring objects run as a semi-join.
 *
 * <pre>{@code
 * Blog.objects().filter(Blog_.entries.any(Entry_.rating.gte(4)));   // Django's filter(entry__rating__gte=4)
 * }</pre>
 *
 * @param <R> the referenced model
 * @param <S> the model that refers to it
 */
public final class ReversePath<R, S> {
    private final Supplier<ModelMeta<S>> source;
    private final String sourcePath;
    private final String name;

    /**
     * @param sourcePath where the source stores the reference: {@code blog_id}, {@code tags}, {@code authors.profile_id}
     * @param name the relation's accessor name on the target ({@code entries}, {@code entrySet}), under which
     *     {@code prefetchRelated} keeps the objects it loaded
     */
    public ReversePath(Supplier<ModelMeta<S>> source, String sourcePath, String name) {
        this.source = Objects.requireNonNull(source, "source");
        this.sourcePath = Objects.requireNonNull(sourcePath, "sourcePath");
        this.name = Objects.requireNonNull(name, "name");
    }

    /** The model that refers to {@code R}. */
    public ModelMeta<S> source() {
        return source.get();
    }

    /** Where {@link #source()} stores the reference. */
    public String sourcePath() {
        return sourcePath;
    }

    /** At least one object of {@code S} that matches {@code condition} refers to this one. */
    public Filter<R> any(Filter<S> condition) {
        Objects.requireNonNull(condition, "any(): condition is null");
        Relations.ThroughPair pair = pair();
        if (pair != null) {
            return pairedWith(pair, new SubqueryFilter<>(pair.source().bsonName(),
                    new Subquery<>(Manager.of(source.get()).filter(condition), "_id")));
        }
        return new SubqueryFilter<>("_id", new Subquery<>(Manager.of(source.get()).filter(condition), sourcePath));
    }

    /** Some object of {@code S} refers to this one; {@code exists().not()} for none (Django's {@code entry__isnull=True}). */
    public Filter<R> exists() {
        Relations.ThroughPair pair = pair();
        if (pair != null) {
            return pairedWith(pair, Filters.all());
        }
        return new SubqueryFilter<>("_id", new Subquery<>(Manager.of(source.get()).all(), sourcePath));
    }

    /** The through model, for the reverse side of a many-to-many relation through one; {@code null} otherwise. */
    private Relations.ThroughPair pair() {
        ModelMeta<S> model = source.get();
        for (FieldMeta field : model.throughFields()) {
            if (field.name().equals(sourcePath)) {
                return Relations.through(model, field);
            }
        }
        return null;
    }

    /** The objects of {@code R} that a pair matching {@code pairs} refers to. */
    @SuppressWarnings("unchecked") // the condition is on the through model
    private static <R> Filter<R> pairedWith(Relations.ThroughPair pair, Filter<?> pairs) {
        ModelMeta<Object> through = (ModelMeta<Object>) pair.model();
        return new SubqueryFilter<>("_id", new Subquery<>(Manager.of(through).filter((Filter<Object>) pairs),
                pair.target().bsonName()));
    }

    /**
     * The objects of {@code S} that refer to {@code target} (Django's {@code blog.entry_set.all()}):
     * the ones {@code prefetchRelated} loaded, when it did, without a query.
     */
    @SuppressWarnings("unchecked") // prefetchRelated kept objects of S under this relation's name
    public QuerySet<S> of(ModelMeta<R> targetMeta, R target) {
        BsonValue id = targetMeta.idValue(Objects.requireNonNull(target, "of(): target is null"));
        if (id == null) {
            return Manager.of(source.get()).none();
        }
        Relations.ThroughPair pair = pair();
        QuerySet<S> referring;
        if (pair != null) {
            @SuppressWarnings("unchecked") // a query of the through model's own metadata
            ModelMeta<Object> through = (ModelMeta<Object>) pair.model();
            referring = Manager.of(source.get()).filter(new SubqueryFilter<>("_id", new Subquery<>(
                    Manager.of(through).filter(Filters.field(pair.target().bsonName(), id)), pair.source().bsonName())));
        } else {
            referring = Manager.of(source.get()).filter(Filters.field(sourcePath, id));
        }
        java.util.Map<String, java.util.List<?>> prefetched = targetMeta.prefetched(target);
        if (prefetched != null && prefetched.containsKey(name)) {
            return referring.withResults((java.util.List<S>) prefetched.get(name));
        }
        return referring;
    }
}
