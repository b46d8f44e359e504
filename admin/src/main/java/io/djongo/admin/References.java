package io.djongo.admin;

import com.mongodb.client.MongoCollection;
import io.djongo.admin.changelist.ChangeListQuery;
import io.djongo.admin.changelist.Ids;
import io.djongo.admin.forms.FormBinder;
import io.djongo.admin.forms.FormState;
import io.djongo.admin.forms.ReferenceChoices;
import io.djongo.admin.http.HttpError;
import io.djongo.admin.http.Params;
import io.djongo.admin.http.Request;
import io.djongo.admin.http.Response;
import io.djongo.meta.FieldMeta;
import io.djongo.meta.FieldType;
import io.djongo.meta.ModelMeta;
import io.djongo.query.Manager;
import io.djongo.query.QuerySet;
import io.djongo.relation.Relations;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * Reference fields in the admin, as Django's admin shows foreign keys and many-to-many fields:
 * a select of the target's objects while they are few; past the {@code ModelAdmin}'s
 * {@code referenceSelectLimit} (by the target's estimated count), or for
 * {@code autocompleteFields}, an id input that the page's script turns into a search of the
 * target's registered {@code searchFields} (the autocomplete endpoint below); an id input for
 * {@code rawIdFields}. Objects are named as everywhere in the admin, and their names are read in
 * one query per referenced model; a submitted id that does not exist is the field's error.
 */
final class References {
    /** The most objects one answer of the autocomplete holds, as Django's autocomplete pages by 20. */
    static final int AUTOCOMPLETE_RESULTS = 20;
    /** Ids per {@code $in} of one query. */
    private static final int BATCH = 1000;

    private final AdminSite site;

    References(AdminSite site) {
        this.site = site;
    }

    /** The documents of any model on the site's connection, under the site's time limit. */
    MongoCollection<BsonDocument> documents(ModelMeta<?> meta) {
        return objects(meta).rawCollection().withDocumentClass(BsonDocument.class);
    }

    private <X> QuerySet<X> objects(ModelMeta<X> meta) {
        Manager<X> manager = Manager.of(meta);
        return (site.alias() == null ? manager : manager.using(site.alias())).maxTime(site.maxQueryTime());
    }

    /** The model a reference field points at; its element's for a list of references. */
    static ModelMeta<?> target(FieldMeta field) {
        FieldType type = field.type();
        while (type.kind().isContainer()) {
            type = type.element();
        }
        return type.model();
    }

    // ---- names

    /** The names of the objects {@code ids} of {@code target} that exist, in one query (per thousand ids). */
    Map<BsonValue, String> labels(ModelMeta<?> target, Collection<BsonValue> ids) {
        Map<BsonValue, String> labels = new HashMap<>();
        List<BsonValue> wanted = new ArrayList<>(new LinkedHashSet<>(ids));
        for (int from = 0; from < wanted.size(); from += BATCH) {
            BsonArray batch = new BsonArray(wanted.subList(from, Math.min(wanted.size(), from + BATCH)));
            for (BsonDocument document : documents(target).find(new BsonDocument("_id", new BsonDocument("$in", batch)))) {
                labels.put(document.get("_id"), Registered.repr(target, document));
            }
        }
        return labels;
    }

    /** The ids that the references of {@code document} (a document of {@code meta}'s model) hold, by referenced model. */
    static Map<ModelMeta<?>, Set<BsonValue>> ids(ModelMeta<?> meta, BsonDocument document) {
        Map<ModelMeta<?>, Set<BsonValue>> found = new LinkedHashMap<>();
        collect(meta, document, found);
        return found;
    }

    private static void collect(ModelMeta<?> meta, BsonDocument document, Map<ModelMeta<?>, Set<BsonValue>> found) {
        for (FieldMeta field : meta.fields()) {
            collect(field.type(), document.get(field.bsonName()), found);
        }
    }

    private static void collect(FieldType type, BsonValue value, Map<ModelMeta<?>, Set<BsonValue>> found) {
        if (value == null || value.isNull()) {
            return;
        }
        switch (type.kind()) {
            case REFERENCE -> found.computeIfAbsent(type.model(), m -> new LinkedHashSet<>()).add(value);
            case REFERENCES -> {
                if (value.isArray()) {
                    found.computeIfAbsent(type.model(), m -> new LinkedHashSet<>()).addAll(value.asArray().getValues());
                }
            }
            case EMBEDDED -> {
                if (value.isDocument()) {
                    collect(type.model(), value.asDocument(), found);
                }
            }
            case LIST, SET -> {
                if (value.isArray()) {
                    for (BsonValue element : value.asArray()) {
                        collect(type.element(), element, found);
                    }
                }
            }
            case MAP -> {
                if (value.isDocument()) {
                    for (BsonValue element : value.asDocument().values()) {
                        collect(type.element(), element, found);
                    }
                }
            }
            default -> { }
        }
    }

    // ---- forms

    /**
     * The reference widgets of one form of {@code source}'s model showing {@code values}: the
     * names of the objects it refers to are read now, one query per referenced model; each
     * target's choices once, when a field first asks.
     */
    ReferenceChoices forForm(Registered<?> source, BsonDocument values) {
        Map<ModelMeta<?>, Map<BsonValue, String>> names = new HashMap<>();
        for (Map.Entry<ModelMeta<?>, Set<BsonValue>> entry : ids(source.meta, values).entrySet()) {
            names.put(entry.getKey(), labels(entry.getKey(), entry.getValue()));
        }
        Map<ModelMeta<?>, List<ReferenceChoices.Choice>> choices = new HashMap<>();
        Set<ModelMeta<?>> tooMany = new HashSet<>();
        return new ReferenceChoices() {
            @Override
            public Widget widget(FieldMeta field) {
                ModelMeta<?> target = target(field);
                String name = source.references.get(field);
                if (name == null || source.rawId.contains(field)) {
                    return new Widget(Kind.ID, List.of(), null);
                }
                if (source.autocomplete.contains(field)) {
                    return autocomplete(name);
                }
                if (!tooMany.contains(target) && !choices.containsKey(target)) {
                    Map<BsonValue, String> listed = choices(target, source.admin.referenceSelectLimit());
                    if (listed == null) {
                        tooMany.add(target);
                    } else {
                        List<Choice> options = new ArrayList<>();
                        Map<BsonValue, String> known = names.computeIfAbsent(target, t -> new HashMap<>());
                        for (Map.Entry<BsonValue, String> choice : listed.entrySet()) {
                            options.add(new Choice(Ids.text(choice.getKey()), choice.getValue()));
                            known.putIfAbsent(choice.getKey(), choice.getValue());
                        }
                        choices.put(target, options);
                    }
                }
                if (choices.containsKey(target)) {
                    return new Widget(Kind.SELECT, choices.get(target), null);
                }
                Registered<?> searched = site.registered(target);
                return searched != null && !searched.admin.searchFields().isEmpty() ? autocomplete(name)
                        : new Widget(Kind.ID, List.of(), null);
            }

            private Widget autocomplete(String name) {
                return new Widget(Kind.AUTOCOMPLETE, List.of(),
                        site.prefix() + source.slug() + "/autocomplete/?field=" + Params.encodeComponent(name));
            }

            @Override
            public String label(ModelMeta<?> target, BsonValue id) {
                Map<BsonValue, String> known = names.get(target);
                return known == null ? null : known.get(id);
            }
        };
    }

    /**
     * Every object of {@code target} by id, named and in the order its admin lists them (or the
     * model's ordering), when there are at most {@code limit}; {@code null} when there are more.
     */
    private Map<BsonValue, String> choices(ModelMeta<?> target, int limit) {
        if (objects(target).estimatedCount() > limit) {
            return null;
        }
        List<BsonDocument> documents = documents(target).find().sort(order(target)).limit(limit + 1)
                .into(new ArrayList<>());
        if (documents.size() > limit) {
            return null; // the estimate was behind
        }
        Map<BsonValue, String> choices = new LinkedHashMap<>();
        for (BsonDocument document : documents) {
            choices.put(document.get("_id"), Registered.repr(target, document));
        }
        return choices;
    }

    /** The order of {@code target}'s objects: its admin's, else the model's, then the id. */
    private BsonDocument order(ModelMeta<?> target) {
        Registered<?> registered = site.registered(target);
        if (registered != null) {
            return new ChangeListQuery(target, registered.options, Params.empty(), site.signer()).sortDocument();
        }
        BsonDocument sort = new BsonDocument();
        for (String key : target.ordering()) {
            boolean descending = key.startsWith("-");
            sort.put(descending ? key.substring(1) : key, new BsonInt32(descending ? -1 : 1));
        }
        sort.putIfAbsent("_id", new BsonInt32(1));
        return sort;
    }

    /**
     * Checks that every id the form's reference inputs hold exists, one query per referenced
     * model; each that does not is its input's error, with Django's message, and then nothing is
     * written.
     */
    void check(FormState state) {
        Map<ModelMeta<?>, Set<BsonValue>> wanted = new LinkedHashMap<>();
        for (FormState.ReferenceInput input : state.references()) {
            wanted.computeIfAbsent(input.target(), t -> new LinkedHashSet<>()).addAll(input.ids());
        }
        Map<ModelMeta<?>, Set<BsonValue>> existing = new HashMap<>();
        for (Map.Entry<ModelMeta<?>, Set<BsonValue>> entry : wanted.entrySet()) {
            Set<BsonValue> found = new HashSet<>();
            List<BsonValue> ids = new ArrayList<>(entry.getValue());
            for (int from = 0; from < ids.size(); from += BATCH) {
                BsonArray batch = new BsonArray(ids.subList(from, Math.min(ids.size(), from + BATCH)));
                documents(entry.getKey()).find(new BsonDocument("_id", new BsonDocument("$in", batch)))
                        .projection(new BsonDocument("_id", new BsonInt32(1)))
                        .map(document -> document.get("_id")).into(found);
            }
            existing.put(entry.getKey(), found);
        }
        for (FormState.ReferenceInput input : state.references()) {
            Set<BsonValue> found = existing.get(input.target());
            for (BsonValue id : input.ids()) {
                if (!found.contains(id)) {
                    state.error(input.key(), input.many() ? FormBinder.invalidChoice(Ids.text(id)) : FormBinder.INVALID_CHOICE);
                }
            }
        }
    }

    // ---- the autocomplete

    /**
     * {@code GET <model>/autocomplete/?field=&term=&page=} (Django's {@code AutocompleteJsonView}):
     * the objects of the field's target whose registered {@code searchFields} match the words of
     * {@code term}, in its admin's order, at most {@value #AUTOCOMPLETE_RESULTS} a page, as JSON
     * {@code {"results": [{"id": ..., "text": ...}], "pagination": {"more": ...}}}; for users who may
     * view the target.
     */
    Response autocomplete(AdminContext context, Registered<?> source) {
        Request request = context.request();
        if (!request.isGet()) {
            throw HttpError.methodNotAllowed("The autocomplete is only read (GET)");
        }
        Params query = request.query();
        String name = query.get("field");
        if (name == null || name.isEmpty()) {
            throw HttpError.badRequest("the autocomplete takes field, the name of a reference field of "
                    + source.meta.name() + " (one of " + source.references.values() + "), and term, the words searched");
        }
        FieldMeta field;
        try {
            field = AdminPath.resolve(source.meta, name).last();
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest(e.getMessage());
        }
        if (!source.references.containsKey(field)) {
            throw HttpError.badRequest(source.meta.name() + "." + AdminSite.shorten(name) + " is not a reference field; "
                    + "the autocomplete searches the targets of " + source.references.values());
        }
        ModelMeta<?> target = target(field);
        Registered<?> searched = site.registered(target);
        if (searched == null) {
            throw HttpError.notFound(target.name() + " is not registered in this admin, so it cannot be searched");
        }
        if (searched.admin.searchFields().isEmpty()) {
            throw HttpError.notFound(target.name() + "'s admin has no searchFields, which the autocomplete searches");
        }
        context.require(searched, "view");
        String term = query.get("term", "");
        int page = page(query.get("page"));
        ChangeListQuery search = new ChangeListQuery(target, searched.options,
                Params.parse(term.isEmpty() ? "" : "q=" + Params.encodeComponent(term)), site.signer());
        List<BsonDocument> documents = documents(target).find(search.filterDocument()).sort(search.sortDocument())
                .skip((page - 1) * AUTOCOMPLETE_RESULTS).limit(AUTOCOMPLETE_RESULTS + 1).into(new ArrayList<>());
        boolean more = documents.size() > AUTOCOMPLETE_RESULTS;
        BsonArray results = new BsonArray();
        for (BsonDocument document : documents.subList(0, Math.min(documents.size(), AUTOCOMPLETE_RESULTS))) {
            results.add(new BsonDocument("id", new BsonString(Ids.text(document.get("_id"))))
                    .append("text", new BsonString(Registered.repr(target, document))));
        }
        BsonDocument answer = new BsonDocument("results", results)
                .append("pagination", new BsonDocument("more", BsonBoolean.valueOf(more)));
        return Response.json(answer.toJson());
    }

    private static int page(String text) {
        if (text == null) {
            return 1;
        }
        try {
            int page = Integer.parseInt(text.strip());
            if (page >= 1 && page <= 1000) {
                return page;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw HttpError.badRequest("the autocomplete's page is a number from 1 to 1000, not " + AdminSite.shorten(text));
    }

    // ---- what the site checks when it starts

    /**
     * Checks that the target of every {@code autocompleteFields} entry is registered with
     * {@code searchFields}, as Django's checks admin.E039 and admin.E040.
     *
     * @throws IllegalStateException naming the field, the target and the fix
     */
    static void checkAutocomplete(Collection<Registered<?>> models) {
        for (Registered<?> source : models) {
            for (String name : source.admin.autocompleteFields()) {
                FieldMeta field = AdminPath.resolve(source.meta, name).last();
                ModelMeta<?> target = target(field);
                Registered<?> searched = null;
                for (Registered<?> candidate : models) {
                    if (candidate.meta == target) {
                        searched = candidate;
                    }
                }
                if (searched == null) {
                    throw new IllegalStateException(source.meta.name() + ": autocompleteFields names '" + name
                            + "', a reference to " + target.name() + ", which is not registered in this admin; register "
                            + "it with searchFields, such as register(ModelAdmin.of(" + target.name()
                            + "_.Meta.INSTANCE).searchFields(...)), or list the field in rawIdFields (Django's admin.E039)");
                }
                if (searched.admin.searchFields().isEmpty()) {
                    throw new IllegalStateException(source.meta.name() + ": autocompleteFields names '" + name
                            + "', a reference to " + target.name() + ", whose admin has no searchFields to search; give it "
                            + "searchFields(...) (Django's admin.E040)");
                }
            }
        }
    }

    // ---- many-to-many through another model

    /**
     * The names of the objects that {@code id}'s object is related to by {@code field}, a
     * many-to-many relation through another model, shown read-only as Django's admin leaves such
     * relations to the through model's own pages: two queries, the pairs then the names.
     */
    List<String> through(ModelMeta<?> meta, FieldMeta field, BsonValue id) {
        Relations.ThroughPair pair = Relations.through(meta, field);
        String toSource = pair.source().bsonName();
        String toTarget = pair.target().bsonName();
        List<BsonValue> targets = new ArrayList<>();
        for (BsonDocument document : documents(pair.model()).find(new BsonDocument(toSource, id))
                .projection(new BsonDocument(toTarget, new BsonInt32(1)))) {
            BsonValue target = document.get(toTarget);
            if (target != null && !target.isNull() && !targets.contains(target)) {
                targets.add(target);
            }
        }
        Map<BsonValue, String> labels = labels(field.type().model(), targets);
        List<String> names = new ArrayList<>();
        for (BsonValue target : targets) {
            names.add(labels.getOrDefault(target, Ids.text(target) + " (missing)"));
        }
        return names;
    }
}
