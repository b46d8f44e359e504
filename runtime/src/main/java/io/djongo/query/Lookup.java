package io.djongo.query;

import io.djongo.meta.ModelMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Django lookups not yet bound to a model, combined as Django's {@code Q} objects:
 * {@code Lookup.of("authors__name", "Ann").and(Lookup.of("authors__email__endswith", ".org"))},
 * {@code Lookup.of("rating__gte", 4).or(Lookup.of("tags__contains", "jazz")).not()}. A QuerySet
 * resolves it against its model ({@code filter(lookup)}, {@code exclude(lookup)}, {@code get(lookup)}),
 * with the same checks and errors as {@code filter("rating__gte", 4)}; {@code filter(Map)} passes several
 * lookups at once. Lookups in one {@code filter()} call that go through the same array of models
 * refer to the same element, as in Django.
 */
public final class Lookup {
    private enum Kind { LEAF, AND, OR, NOT }

    private final Kind kind;
    private final String lookup;
    private final Object value;
    private final List<Lookup> children;

    private Lookup(Kind kind, String lookup, Object value, List<Lookup> children) {
        this.kind = kind;
        this.lookup = lookup;
        this.value = value;
        this.children = List.copyOf(children);
    }

    /** The lookup {@code lookup = value}: {@code Lookup.of("pub_date__year__gte", 2020)}; Django's {@code Q(pub_date__year__gte=2020)}. */
    public static Lookup of(String lookup, Object value) {
        return new Lookup(Kind.LEAF, Objects.requireNonNull(lookup, "Lookup.of(): lookup is null"), value, List.of());
    }

    /**
     * All of {@code lookups}, in the map's order, as Django's {@code Q(a=1, b=2)}:
     * {@code Lookup.of(Map.of("headline__startswith", "A", "rating", 5))}.
     */
    public static Lookup of(Map<String, ?> lookups) {
        Objects.requireNonNull(lookups, "Lookup.of(): lookups is null");
        List<Lookup> all = new ArrayList<>();
        for (Map.Entry<String, ?> entry : lookups.entrySet()) {
            all.add(of(entry.getKey(), entry.getValue()));
        }
        return new Lookup(Kind.AND, null, null, all);
    }

    /** All of {@code lookups}; none is no condition, as Django's {@code Q()}. */
    public static Lookup allOf(Lookup... lookups) {
        return new Lookup(Kind.AND, null, null, checked(lookups));
    }

    /** Any of {@code lookups}; none matches nothing. */
    public static Lookup anyOf(Lookup... lookups) {
        return new Lookup(Kind.OR, null, null, checked(lookups));
    }

    /** Both this and {@code other} ({@code Q(a) & Q(b)}). */
    public Lookup and(Lookup other) {
        return allOf(this, other);
    }

    /** This or {@code other} ({@code Q(a) | Q(b)}). */
    public Lookup or(Lookup other) {
        return anyOf(this, other);
    }

    /** What this does not match, including documents where the field is missing ({@code ~Q(a)}). */
    public Lookup not() {
        return new Lookup(Kind.NOT, null, null, List.of(this));
    }

    /**
     * This lookup resolved against {@code meta}'s model: the same filter as the typed paths build.
     *
     * @throws io.djongo.FieldError for an unknown field or lookup, or a value that does not fit
     */
    public <T> Filter<T> toFilter(ModelMeta<T> meta) {
        switch (kind) {
            case LEAF:
                return Lookups.filter(meta, lookup, value);
            case NOT:
                return Filters.not(children.get(0).toFilter(meta));
            case AND: {
                // lookups through one multi-valued relation, given together, are about one related object
                return Filters.and(RelationLookups.grouped(meta, children));
            }
            default: {
                List<Filter<T>> filters = new ArrayList<>();
                for (Lookup child : children) {
                    filters.add(child.toFilter(meta));
                }
                return Filters.or(filters);
            }
        }
    }

    /**
     * This lookup as {@code exclude()} reads it: the conditions of a top-level {@code and} each
     * through their own related object, since in Django the conditions of one {@code exclude()}
     * call need not refer to the same item of a multi-valued relation.
     */
    <T> Filter<T> toExcludedFilter(ModelMeta<T> meta) {
        if (kind != Kind.AND) {
            return toFilter(meta);
        }
        List<Filter<T>> filters = new ArrayList<>();
        for (Lookup child : children) {
            filters.add(child.toFilter(meta));
        }
        return Filters.and(filters);
    }

    /** The lookup string of a single lookup; {@code null} for a combination of lookups. */
    String lookup() {
        return lookup;
    }

    /** The value of a single lookup. */
    Object value() {
        return value;
    }

    private static List<Lookup> checked(Lookup[] lookups) {
        Objects.requireNonNull(lookups, "lookups is null");
        List<Lookup> list = new ArrayList<>();
        for (int i = 0; i < lookups.length; i++) {
            list.add(Objects.requireNonNull(lookups[i], "lookup " + i + " is null"));
        }
        return list;
    }

    @Override
    public String toString() {
        switch (kind) {
            case LEAF:
                return lookup + "=" + Lookups.describe(value);
            case NOT:
                return "~(" + children.get(0) + ")";
            default:
                List<String> parts = new ArrayList<>();
                for (Lookup child : children) {
                    parts.add(child.toString());
                }
                return "(" + String.join(kind == Kind.AND ? " & " : " | ", parts) + ")";
        }
    }
}
