package io.djongo.query;

import io.djongo.meta.FieldKind;
import io.djongo.meta.FieldMeta;
import io.djongo.meta.FieldType;
import io.djongo.meta.ModelMeta;
import org.bson.BsonDocument;

/**
 * Django's rule for multi-valued relations: the conditions of one {@code filter()} call that go
 * through the same array of models refer to the same element. {@code filter(authors__name="Ann",
 * authors__email__endswith=".org")} finds entries with one author who is both, so the conditions are
 * grouped into one {@code $elemMatch}; separate {@code filter()} calls may each be met by a different
 * element, and so may the conditions of one {@code exclude()} (Django documents that too). Typed
 * paths ({@code Entry_.authors.any().name}) and lookup strings follow the same rule, decided on the
 * filter document with the model's metadata.
 */
final class SameElement {
    private SameElement() {}

    /** {@code filter}, the conditions of one {@code filter()} call, with the rule applied. */
    static <T> Filter<T> group(ModelMeta<T> meta, Filter<T> filter) {
        if (filter instanceof Filters.LazyFilter) {
            Filters.LazyFilter<T> lazy = (Filters.LazyFilter<T>) filter;
            return new Filters.LazyFilter<>(() -> group(meta, lazy.toBsonDocument()), lazy.containsSubquery());
        }
        if (nothingToGroup(meta, Filters.keys(filter))) {
            return filter;
        }
        BsonDocument document = Filters.document(filter);
        BsonDocument grouped = group(meta, document);
        return grouped.equals(document) ? filter : new Filters.DocumentFilter<>(grouped);
    }

    /**
     * Whether a conjunction with these keys certainly has nothing to group, which is most of them:
     * at most one key reaches into an array of models, and there is no {@code $and} or {@code $or}
     * whose clauses would need a look.
     */
    private static boolean nothingToGroup(ModelMeta<?> meta, java.util.Collection<String> keys) {
        boolean one = keys.size() == 1; // one condition on a field has nothing to be grouped with
        boolean intoArray = false;
        for (String key : keys) {
            if (key.startsWith("$")) {
                if (key.equals("$and") || key.equals("$or")) {
                    return false;
                }
            } else if (!one && arrayOf(meta, key) != null) {
                if (intoArray) {
                    return false;
                }
                intoArray = true;
            }
        }
        return true;
    }

    /** {@link ElementGrouping#arrayOfModels}, kept per model and path. */
    private static String arrayOf(ModelMeta<?> meta, String path) {
        String array = LookupCache.of(meta).array(path, key -> {
            String found = GROUPING.arrayOfModels(meta, key);
            return found == null ? "" : found;
        });
        return array.isEmpty() ? null : array;
    }

    /** A conjunction (a filter document's keys, all holding) with its conditions on one array's elements grouped. */
    static BsonDocument group(ModelMeta<?> meta, BsonDocument conjunction) {
        return GROUPING.group(meta, conjunction);
    }

    /** The grouping over the runtime's metadata, with the arrays of each model's paths remembered. */
    private static final ElementGrouping<ModelMeta<?>> GROUPING = new ElementGrouping<>() {
        @Override
        protected Field<ModelMeta<?>> field(ModelMeta<?> model, String bsonName) {
            for (FieldMeta field : model.fields()) {
                if (field.bsonName().equals(bsonName)) {
                    FieldType type = field.type();
                    boolean arrayOfModels = (type.kind() == FieldKind.LIST || type.kind() == FieldKind.SET)
                            && type.element().kind() == FieldKind.EMBEDDED;
                    return new Field<>(arrayOfModels, arrayOfModels ? type.element().model()
                            : type.kind() == FieldKind.EMBEDDED ? type.model() : null);
                }
            }
            return null;
        }

        @Override
        protected String arrayOf(ModelMeta<?> model, String path) {
            return SameElement.arrayOf(model, path);
        }
    };
}
