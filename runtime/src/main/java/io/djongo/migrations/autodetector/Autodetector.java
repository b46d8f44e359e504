package io.djongo.migrations.autodetector;

import io.djongo.migrations.AmbiguousChangeError;
import io.djongo.migrations.MigrationError;
import io.djongo.migrations.Operation;
import io.djongo.migrations.operations.AddField;
import io.djongo.migrations.operations.AlterField;
import io.djongo.migrations.operations.CreateCollection;
import io.djongo.migrations.operations.CreateIndex;
import io.djongo.migrations.operations.DropCollection;
import io.djongo.migrations.operations.DropIndex;
import io.djongo.migrations.operations.RemoveField;
import io.djongo.migrations.operations.RenameCollection;
import io.djongo.migrations.operations.RenameField;
import io.djongo.migrations.operations.SetValidator;
import io.djongo.schema.CollectionSchema;
import io.djongo.schema.FieldSchema;
import io.djongo.schema.IndexSpec;
import io.djongo.schema.Schema;
import io.djongo.schema.TypeSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Compares two schema states, the one the migrations build and the one the models declare, and
 * says in operations how to get from the first to the second (Django's
 * {@code MigrationAutodetector}). It only compares states; it never looks at the database.
 *
 * <p>Changes are found at every depth: fields added, removed, renamed or retyped at the top
 * level, inside embedded models and inside arrays and maps of them, indexes, validators, and
 * collections created, dropped and renamed. A rename is taken when it is certain (the Java field
 * or model class kept its name while the key or collection changed) or unambiguous (one removed
 * and one added field or collection of the same shape); otherwise the {@link Questioner} is asked,
 * or {@link RenameHints} answer, and with {@link Questioner#NO_INPUT} every open question ends the
 * run in one {@link AmbiguousChangeError}.
 *
 * <p>Operations come in an order that applies cleanly: collection renames, new collections with
 * their indexes, then per collection: validator removal, index drops, field renames (outer
 * first), removals, additions, alterations, the new validator and index creations; dropped
 * collections last. Field names in the state (Java names, model class names) are for the reader
 * and never cause a change on their own.
 */
public final class Autodetector {
    private final RenameHints hints;
    private final Questioner questioner;
    private final List<String> unanswered = new ArrayList<>();

    public Autodetector(RenameHints hints, Questioner questioner) {
        this.hints = Objects.requireNonNull(hints, "hints");
        this.questioner = Objects.requireNonNull(questioner, "questioner");
    }

    /** The changes from {@code from} to {@code to}, asking nobody and taking no hints. */
    public static List<Operation> changes(Schema from, Schema to) {
        return new Autodetector(RenameHints.NONE, Questioner.NO_INPUT).detect(from, to);
    }

    /** Changes of one collection, gathered by phase. */
    private static final class Changes {
        final List<Operation> validatorRemovals = new ArrayList<>();
        final List<Operation> indexDrops = new ArrayList<>();
        final List<Operation> renames = new ArrayList<>();
        final List<Operation> removals = new ArrayList<>();
        final List<Operation> additions = new ArrayList<>();
        final List<Operation> alterations = new ArrayList<>();
        final List<Operation> validators = new ArrayList<>();
        final List<Operation> indexCreations = new ArrayList<>();
        final String collection;
        final List<String> names;

        Changes(String oldName, String collection) {
            this.collection = collection;
            this.names = oldName.equals(collection) ? List.of(collection) : List.of(oldName, collection);
        }

        boolean writesData() {
            return !renames.isEmpty() || !removals.isEmpty() || !alterations.isEmpty()
                    || additions.stream().anyMatch(op -> ((AddField) op).field().defaultValue() != null);
        }

        List<Operation> all() {
            List<Operation> all = new ArrayList<>(validatorRemovals);
            all.addAll(indexDrops);
            all.addAll(renames);
            all.addAll(removals);
            all.addAll(additions);
            all.addAll(alterations);
            all.addAll(validators);
            all.addAll(indexCreations);
            return all;
        }
    }

    /**
     * The operations that turn {@code from} into {@code to}.
     *
     * @throws AmbiguousChangeError when a rename question is open and may not be asked
     * @throws IllegalArgumentException when a hint matches no change
     * @throws MigrationError for a change no operation can make (the type of {@code _id})
     */
    public List<Operation> detect(Schema from, Schema to) {
        hints.reset();
        unanswered.clear();
        Map<String, CollectionSchema> removed = new LinkedHashMap<>(from.collections());
        Map<String, CollectionSchema> added = new LinkedHashMap<>(to.collections());
        removed.keySet().removeAll(to.collections().keySet());
        added.keySet().removeAll(from.collections().keySet());
        Map<String, String> renamed = match("collection", removed, added,
                (old, young) -> hints.collectionRenamed(old, young),
                young -> hints.declaredNew(List.of(young), null),
                (r, a) -> r.model() != null && r.model().equals(a.model()),
                (r, a) -> fieldsEqual(r.fields(), a.fields()),
                name -> name);

        List<Operation> operations = new ArrayList<>();
        renamed.forEach((old, young) -> operations.add(RenameCollection.of(old, young)));
        for (CollectionSchema created : added.values()) {
            if (renamed.containsValue(created.name())) {
                continue;
            }
            operations.add(new CreateCollection(created.name(), created.model(), created.fields(), created.validator()));
            for (IndexSpec index : created.indexes()) {
                operations.add(CreateIndex.on(created.name(), index));
            }
        }
        Map<String, String> pairs = new java.util.TreeMap<>();
        for (String name : from.collections().keySet()) {
            if (to.collections().containsKey(name)) {
                pairs.put(name, name);
            }
        }
        renamed.forEach((old, young) -> pairs.put(young, old));
        for (Map.Entry<String, String> pair : pairs.entrySet()) {
            CollectionSchema before = from.collections().get(pair.getValue());
            CollectionSchema after = to.collections().get(pair.getKey());
            operations.addAll(diffCollection(before, after));
        }
        for (String dropped : removed.keySet()) {
            if (!renamed.containsKey(dropped)) {
                operations.add(DropCollection.named(dropped));
            }
        }
        if (!unanswered.isEmpty()) {
            throw new AmbiguousChangeError(unanswered);
        }
        List<String> unused = hints.unused();
        if (!unused.isEmpty()) {
            throw new IllegalArgumentException(String.join(", ", unused) + " matched no removed and added field or collection"
                    + " of the same shape; check the spelling: --rename collection.oldPath=newPath, --rename oldCollection=newCollection");
        }
        return operations;
    }

    private List<Operation> diffCollection(CollectionSchema before, CollectionSchema after) {
        Changes changes = new Changes(before.name(), after.name());
        diffFields(changes, "", "", before.fields(), after.fields());
        Map<String, IndexSpec> oldIndexes = new LinkedHashMap<>();
        before.indexes().forEach(index -> oldIndexes.put(index.name(), index));
        Map<String, IndexSpec> newIndexes = new LinkedHashMap<>();
        after.indexes().forEach(index -> newIndexes.put(index.name(), index));
        oldIndexes.forEach((name, index) -> {
            if (!index.equals(newIndexes.get(name))) {
                changes.indexDrops.add(DropIndex.of(after.name(), name));
            }
        });
        newIndexes.forEach((name, index) -> {
            if (!index.equals(oldIndexes.get(name))) {
                changes.indexCreations.add(CreateIndex.on(after.name(), index));
            }
        });
        if (!Objects.equals(before.validator(), after.validator())) {
            if (before.validator() != null && (after.validator() == null || changes.writesData())) {
                // The old validator could reject documents while their fields change.
                changes.validatorRemovals.add(SetValidator.remove(after.name()));
            }
            if (after.validator() != null) {
                changes.validators.add(SetValidator.of(after.name(), after.validator()));
            }
        }
        return changes.all();
    }

    private void diffFields(Changes changes, String oldParent, String newParent, List<FieldSchema> fromFields,
            List<FieldSchema> toFields) {
        Map<String, FieldSchema> removed = byKey(fromFields);
        Map<String, FieldSchema> added = byKey(toFields);
        Map<String, FieldSchema> kept = new LinkedHashMap<>(added);
        removed.keySet().removeAll(byKey(toFields).keySet());
        added.keySet().removeAll(byKey(fromFields).keySet());
        kept.keySet().retainAll(byKey(fromFields).keySet());
        Map<String, String> renamed = match("field", removed, added,
                (old, young) -> hints.fieldRenamed(changes.names, join(oldParent, old), join(newParent, young)),
                young -> hints.declaredNew(changes.names, join(newParent, young)),
                (r, a) -> r.name().equals(a.name()) && similar(r, a),
                Autodetector::similar,
                key -> changes.collection + "." + join(newParent, key));
        Map<String, FieldSchema> fromByKey = byKey(fromFields);
        for (FieldSchema field : toFields) {
            String key = field.key();
            if (kept.containsKey(key)) {
                diffField(changes, join(oldParent, key), join(newParent, key), fromByKey.get(key), field);
            } else if (renamed.containsValue(key)) {
                String old = renamed.entrySet().stream().filter(e -> e.getValue().equals(key)).findFirst().orElseThrow().getKey();
                changes.renames.add(RenameField.in(changes.collection, join(newParent, old), key));
                diffField(changes, join(oldParent, old), join(newParent, key), fromByKey.get(old), field);
            } else {
                changes.additions.add(AddField.to(changes.collection, newParent, field));
            }
        }
        for (FieldSchema field : fromFields) {
            if (removed.containsKey(field.key()) && !renamed.containsKey(field.key())) {
                if (field.key().equals("_id") && newParent.isEmpty()) {
                    throw new MigrationError(changes.collection + " no longer has an _id field; every document has one");
                }
                changes.removals.add(RemoveField.from(changes.collection, join(newParent, field.key())));
            }
        }
    }

    private void diffField(Changes changes, String oldPath, String newPath, FieldSchema from, FieldSchema to) {
        TypeSchema fromModel = modelOf(from.type());
        TypeSchema toModel = modelOf(to.type());
        boolean nested = fromModel != null && toModel != null && !fromModel.recursive() && !toModel.recursive()
                && sameWrapping(from.type(), to.type());
        if (nested) {
            diffFields(changes, oldPath, newPath, fromModel.fields(), toModel.fields());
        }
        boolean retyped = !nested && !typeEqual(from.type(), to.type());
        if (retyped && newPath.equals("_id")) {
            throw new MigrationError("the _id of " + changes.collection + " changes from " + from.type() + " to " + to.type()
                    + ", and MongoDB cannot change an _id in place. Copy the documents into a new collection with a RunCode"
                    + " migration (makemigrations --empty) and drop the old one, or keep the id type");
        }
        if (retyped || !Objects.equals(from.defaultValue(), to.defaultValue())) {
            changes.alterations.add(AlterField.of(changes.collection, newPath, to.type()).withDefault(to.defaultValue()));
        }
    }

    // ---- renames

    /**
     * Pairs removed with added items that are the same thing renamed: by hint, when certain, when
     * unambiguous, and otherwise by asking.
     */
    private <T> Map<String, String> match(String what, Map<String, T> removed, Map<String, T> added,
            BiPredicate<String, String> hinted, Predicate<String> declaredNew, BiPredicate<T, T> certain,
            BiPredicate<T, T> similar, Function<String, String> display) {
        Map<String, String> pairs = new LinkedHashMap<>();
        Set<String> olds = new LinkedHashSet<>(removed.keySet());
        Set<String> youngs = new LinkedHashSet<>(added.keySet());
        for (String young : List.copyOf(youngs)) {
            for (String old : List.copyOf(olds)) {
                if (hinted.test(old, young)) {
                    pair(pairs, olds, youngs, old, young);
                    break;
                }
            }
        }
        youngs.removeIf(declaredNew);
        pairUnique(pairs, olds, youngs, removed, added, certain);
        pairUnique(pairs, olds, youngs, removed, added, similar);
        for (String young : List.copyOf(youngs)) {
            List<String> candidates = new ArrayList<>();
            for (String old : olds) {
                if (similar.test(removed.get(old), added.get(young))) {
                    candidates.add(old);
                }
            }
            if (candidates.isEmpty()) {
                continue;
            }
            List<String> shown = new ArrayList<>();
            candidates.forEach(candidate -> shown.add(display.apply(candidate)));
            if (!questioner.canAsk()) {
                unanswered.add(question(what, display.apply(young), shown, display.apply(candidates.get(0))));
                continue;
            }
            Optional<String> answer = questioner.renamedFrom(what, display.apply(young), shown);
            if (answer.isPresent()) {
                int chosen = shown.indexOf(answer.get());
                if (chosen < 0) {
                    throw new IllegalArgumentException(answer.get() + " is not one of " + shown);
                }
                pair(pairs, olds, youngs, candidates.get(chosen), young);
            }
        }
        return pairs;
    }

    /** Pairs, repeatedly, each added item with the only removed item it fits when that fits nothing else. */
    private static <T> void pairUnique(Map<String, String> pairs, Set<String> olds, Set<String> youngs, Map<String, T> removed,
            Map<String, T> added, BiPredicate<T, T> fits) {
        boolean found = true;
        while (found) {
            found = false;
            for (String young : List.copyOf(youngs)) {
                List<String> candidates = olds.stream().filter(old -> fits.test(removed.get(old), added.get(young))).toList();
                if (candidates.size() != 1) {
                    continue;
                }
                String old = candidates.get(0);
                long others = youngs.stream().filter(other -> fits.test(removed.get(old), added.get(other))).count();
                if (others == 1) {
                    pair(pairs, olds, youngs, old, young);
                    found = true;
                }
            }
        }
    }

    private static void pair(Map<String, String> pairs, Set<String> olds, Set<String> youngs, String old, String young) {
        pairs.put(old, young);
        olds.remove(old);
        youngs.remove(young);
    }

    private static String question(String what, String young, List<String> candidates, String first) {
        String flagOld = first;
        String flagNew = young.substring(young.lastIndexOf('.') + 1);
        if (what.equals("collection")) {
            flagNew = young;
        }
        return young + " may be the " + what + " " + String.join(" or ", candidates) + " renamed: pass --rename " + flagOld
                + "=" + flagNew + (candidates.size() > 1 ? " (or another candidate)" : "") + " if it is, or --not-renamed "
                + young + " if " + young + " is a new " + what;
    }

    // ---- comparing shapes

    /** Whether two fields may be one renamed: the same stored type, or the same embedded model in the same containers. */
    static boolean similar(FieldSchema removed, FieldSchema added) {
        TypeSchema oldModel = modelOf(removed.type());
        TypeSchema newModel = modelOf(added.type());
        if (oldModel == null || newModel == null) {
            return oldModel == newModel && typeEqual(removed.type(), added.type());
        }
        return sameWrapping(removed.type(), added.type())
                && (oldModel.model().equals(newModel.model()) || typeEqual(removed.type(), added.type()));
    }

    private static TypeSchema modelOf(TypeSchema type) {
        TypeSchema current = type;
        while (current.kind().isContainer()) {
            current = current.element();
        }
        return current.kind() == io.djongo.meta.FieldKind.EMBEDDED ? current : null;
    }

    /** Whether the containers around two embedded models are the same ({@code List} of, {@code Map} of, ...). */
    private static boolean sameWrapping(TypeSchema a, TypeSchema b) {
        if (a.kind() != b.kind()) {
            return false;
        }
        return a.element() == null || sameWrapping(a.element(), b.element());
    }

    /** Whether values of the two types are stored alike, down to every embedded field and default; names aside. */
    public static boolean typeEqual(TypeSchema a, TypeSchema b) {
        if (a.kind() != b.kind() || a.recursive() != b.recursive()) {
            return false;
        }
        if (a.element() != null && !typeEqual(a.element(), b.element())) {
            return false;
        }
        return a.recursive() || fieldsEqual(a.fields(), b.fields());
    }

    /** Whether two field lists have the same keys with the same types and defaults, in any order. */
    public static boolean fieldsEqual(List<FieldSchema> a, List<FieldSchema> b) {
        Map<String, FieldSchema> left = byKey(a);
        Map<String, FieldSchema> right = byKey(b);
        if (!left.keySet().equals(right.keySet())) {
            return false;
        }
        for (Map.Entry<String, FieldSchema> entry : left.entrySet()) {
            FieldSchema other = right.get(entry.getKey());
            if (!typeEqual(entry.getValue().type(), other.type())
                    || !Objects.equals(entry.getValue().defaultValue(), other.defaultValue())) {
                return false;
            }
        }
        return true;
    }

    /** Whether two schemas declare the same collections, fields, indexes and validators (Java and class names aside). */
    public static boolean same(Schema a, Schema b) {
        if (!a.collections().keySet().equals(b.collections().keySet())) {
            return false;
        }
        for (Map.Entry<String, CollectionSchema> entry : a.collections().entrySet()) {
            CollectionSchema other = b.collections().get(entry.getKey());
            CollectionSchema one = entry.getValue();
            if (!fieldsEqual(one.fields(), other.fields()) || !Objects.equals(one.validator(), other.validator())
                    || !new TreeSet<>(names(one.indexes())).equals(new TreeSet<>(names(other.indexes())))
                    || !one.indexes().stream().allMatch(index -> index.equals(other.index(index.name()).orElse(null)))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> names(List<IndexSpec> indexes) {
        List<String> names = new ArrayList<>();
        indexes.forEach(index -> names.add(index.name()));
        return names;
    }

    private static Map<String, FieldSchema> byKey(List<FieldSchema> fields) {
        Map<String, FieldSchema> map = new LinkedHashMap<>();
        fields.forEach(field -> map.put(field.key(), field));
        return map;
    }

    private static String join(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }
}
