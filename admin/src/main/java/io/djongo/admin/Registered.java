package io.djongo.admin;

import com.mongodb.client.MongoCollection;
import io.djongo.admin.changelist.ChangeListQuery;
import io.djongo.admin.changelist.Ids;
import io.djongo.meta.FieldKind;
import io.djongo.meta.FieldMeta;
import io.djongo.meta.FieldType;
import io.djongo.meta.ModelMeta;
import io.djongo.query.Filter;
import io.djongo.query.Manager;
import io.djongo.query.QuerySet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/** A model registered in a site: its options, and its queries on the site's connection under the site's time limit. */
final class Registered<T> {
    final ModelAdmin<T> admin;
    final ModelMeta<T> meta;
    final ChangeListQuery.Options options;
    /** Every reference field of the model's documents, in embedded models too, by its name in options ({@code chapters__author}). */
    final Map<FieldMeta, String> references;
    final Set<FieldMeta> autocomplete;
    final Set<FieldMeta> rawId;
    private final String alias;
    private final Duration maxTime;

    Registered(ModelAdmin<T> admin, String alias, Duration maxTime) {
        admin.check();
        this.admin = admin;
        this.meta = admin.meta();
        this.alias = alias;
        this.maxTime = maxTime;
        List<AdminPath> columns = new ArrayList<>();
        for (String column : admin.listDisplay()) {
            columns.add(ModelAdmin.STR.equals(column) ? null : AdminPath.resolve(meta, column));
        }
        List<AdminPath> filters = new ArrayList<>();
        for (String field : admin.listFilter()) {
            filters.add(AdminPath.resolve(meta, field));
        }
        this.options = new ChangeListQuery.Options(columns, admin.searchFields(), filters, admin.ordering(),
                admin.listPerPage(), admin.countCap(),
                admin.dateHierarchy() == null ? null : AdminPath.resolve(meta, admin.dateHierarchy()));
        Map<FieldMeta, String> found = new LinkedHashMap<>();
        referenceFields(meta, "", found, Collections.newSetFromMap(new IdentityHashMap<>()));
        this.references = Collections.unmodifiableMap(found);
        Set<FieldMeta> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String name : admin.autocompleteFields()) {
            chosen.add(admin.reference("autocompleteFields", name));
        }
        this.autocomplete = Collections.unmodifiableSet(chosen);
        Set<FieldMeta> raw = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String name : admin.rawIdFields()) {
            raw.add(admin.reference("rawIdFields", name));
        }
        this.rawId = Collections.unmodifiableSet(raw);
    }

    /** Walks the model's fields into embedded models and their lists and maps, collecting the reference fields. */
    private static void referenceFields(ModelMeta<?> model, String prefix, Map<FieldMeta, String> found,
            Set<ModelMeta<?>> open) {
        if (!open.add(model)) {
            return;
        }
        for (FieldMeta field : model.fields()) {
            String name = prefix + field.name();
            FieldType type = field.type();
            while (type.kind().isContainer()) {
                type = type.element();
            }
            if (type.kind().isReference()) {
                found.putIfAbsent(field, name);
            } else if (type.kind() == FieldKind.EMBEDDED) {
                referenceFields(type.model(), name + "__", found, open);
            }
        }
        open.remove(model);
    }
    /** The model's URL segment: its collection. */
    String slug() {
        return meta.collection();
    }

    /** Every object, on the site's connection, with the site's time limit on each command. */
    QuerySet<T> objects() {
        Manager<T> manager = Manager.of(meta);
        QuerySet<T> all = alias == null ? manager : manager.using(alias);
        return all.maxTime(maxTime);
    }

    Manager<T> manager() {
        Manager<T> manager = Manager.of(meta);
        return alias == null ? manager : manager.using(alias);
    }

    /** The collection as BSON documents, with the time limit. */
    MongoCollection<BsonDocument> documents() {
        return objects().rawCollection().withDocumentClass(BsonDocument.class);
    }

    /** The objects whose stored ids are {@code ids}. */
    QuerySet<T> withIds(List<BsonValue> ids) {
        return objects().filter(Filter.<T>raw(new BsonDocument("_id", new BsonDocument("$in",
                new org.bson.BsonArray(ids)))));
    }

    /** The stored document with this id, or {@code null}. */
    BsonDocument find(BsonValue id) {
        return documents().find(new BsonDocument("_id", id)).first();
    }

    /** The object of a stored document, or {@code null} when it cannot be read. */
    T decode(BsonDocument document) {
        try {
            return meta.codec().fromBsonValue(document);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** How an object is named in lists and messages: its {@code toString()}, or the model and id when it cannot be read. */
    String repr(BsonDocument document) {
        return repr(meta, document);
    }

    /**
     * How the admin names an object of any model, registered or not (Django's {@code str(obj)}): its
     * {@code toString()}, or the model and id when it cannot be read.
     */
    static String repr(ModelMeta<?> meta, BsonDocument document) {
        String text = null;
        try {
            text = String.valueOf(meta.codec().fromBsonValue(document));
        } catch (RuntimeException e) {
            text = null; // a document the model cannot read, or a toString() that fails
        }
        if (text == null || text.isBlank()) {
            text = meta.label() + " object (" + Ids.text(document.get("_id")) + ")";
        }
        return text.length() > 300 ? text.substring(0, 297) + "..." : text;
    }

    /** The URL of an object's page {@code action} ({@code change}, {@code delete}, {@code history}). */
    String url(String prefix, BsonValue id, String action) {
        return prefix + slug() + "/" + io.djongo.admin.http.Params.encodeComponent(Ids.text(id)).replace("+", "%20")
                + "/" + action + "/";
    }

    /** Whether the model's id is generated on insert, so the add form does not ask for it. */
    boolean generatesIds() {
        return meta.generatesIds();
    }

    FieldMeta idField() {
        return meta.idField().orElseThrow();
    }
}
