package io.djongo.admin;

import io.djongo.meta.FieldKind;
import io.djongo.meta.FieldMeta;
import io.djongo.meta.ModelKind;
import io.djongo.meta.ModelMeta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How the admin shows one model (Django's {@code ModelAdmin}), read from the generated metadata:
 * field names are written as Django writes lookups ({@code blog__name}, {@code pub_date}) and are
 * checked when the model is registered.
 *
 * <pre>{@code
 * site.register(ModelAdmin.of(Entry_.Meta.INSTANCE)
 *         .listDisplay("headline", "blog__name", "rating", "pub_date")
 *         .searchFields("headline", "^blog__name", "=authors__email")
 *         .listFilter("rating", "pub_date", "blog__name")
 *         .dateHierarchy("pub_date")
 *         .ordering("-pub_date"));
 * }</pre>
 */
public final class ModelAdmin<T> {
    /** The column that shows an object's {@code toString()}, Django's {@code __str__}. */
    public static final String STR = "__str__";

    /** A user action: its description and the permission it needs. */
    record Action<T>(String name, String description, String permission, AdminAction<T> run) {}

    private final ModelMeta<T> meta;
    private List<String> listDisplay = List.of(STR);
    private List<String> listDisplayLinks = List.of();
    private List<String> searchFields = List.of();
    private List<String> listFilter = List.of();
    private List<String> ordering = List.of();
    private int listPerPage = 100;
    private int countCap = 1000;
    private Set<String> readonlyFields = Set.of();
    private List<String> fields = List.of();
    private Set<String> exclude = Set.of();
    private List<Fieldset> fieldsets = List.of();
    private String dateHierarchy;
    private boolean saveAs;
    private List<String> autocompleteFields = List.of();
    private List<String> rawIdFields = List.of();
    private int referenceSelectLimit = 200;
    private final Map<String, Action<T>> actions = new LinkedHashMap<>();

    private ModelAdmin(ModelMeta<T> meta) {
        this.meta = Objects.requireNonNull(meta, "meta");
        if (meta.kind() != ModelKind.MODEL) {
            throw new IllegalArgumentException(meta.name() + " is stored inside other documents; only @Model classes "
                    + "are registered in the admin (their embedded models are edited in place)");
        }
    }

    /** The default options for {@code meta}'s model: every editable field, one column of {@code toString()}. */
    public static <T> ModelAdmin<T> of(ModelMeta<T> meta) {
        return new ModelAdmin<>(meta);
    }

    /** Columns of the changelist: field paths, or {@link #STR}. */
    public ModelAdmin<T> listDisplay(String... columns) {
        this.listDisplay = List.of(columns);
        return this;
    }

    /** The columns that link to the change form; by default the first. */
    public ModelAdmin<T> listDisplayLinks(String... columns) {
        this.listDisplayLinks = List.of(columns);
        return this;
    }

    /**
     * Fields the search box looks in: a word matches when any field contains it ({@code headline}),
     * starts with it ({@code ^blog__name}) or equals it ignoring case ({@code =authors__email}); all
     * words of a search must match.
     */
    public ModelAdmin<T> searchFields(String... fields) {
        this.searchFields = List.of(fields);
        return this;
    }

    /** Fields the sidebar filters by: booleans, choices and enums, dates, and other values (embedded paths too). */
    public ModelAdmin<T> listFilter(String... fields) {
        this.listFilter = List.of(fields);
        return this;
    }

    /** The changelist's default order ({@code "-pub_date"}); by default the model's ordering, then the id. */
    public ModelAdmin<T> ordering(String... keys) {
        this.ordering = List.of(keys);
        return this;
    }

    public ModelAdmin<T> listPerPage(int rows) {
        if (rows < 1 || rows > 1000) {
            throw new IllegalArgumentException("listPerPage(" + rows + "): between 1 and 1000 rows");
        }
        this.listPerPage = rows;
        return this;
    }

    /**
     * How many matching objects a filtered changelist counts at most; above it the total shows as
     * "1000+" and pages past it are reached by "next" links that continue after the last row.
     */
    public ModelAdmin<T> countCap(int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("countCap(" + cap + "): at least 1");
        }
        this.countCap = cap;
        return this;
    }

    /** Fields shown on the form but never written by it. */
    public ModelAdmin<T> readonlyFields(String... fields) {
        this.readonlyFields = new LinkedHashSet<>(List.of(fields));
        return this;
    }

    /** The top-level fields of the form, in order; by default all. */
    public ModelAdmin<T> fields(String... fields) {
        this.fields = List.of(fields);
        return this;
    }

    /** Top-level fields left off the form. */
    public ModelAdmin<T> exclude(String... fields) {
        this.exclude = new LinkedHashSet<>(List.of(fields));
        return this;
    }

    /** The form in titled groups; replaces {@link #fields}. */
    public ModelAdmin<T> fieldsets(Fieldset... fieldsets) {
        this.fieldsets = List.of(fieldsets);
        return this;
    }

    /** A date field to drill down by year, month and day above the changelist. */
    public ModelAdmin<T> dateHierarchy(String field) {
        this.dateHierarchy = field;
        return this;
    }

    /** Whether the change form has "Save as new", which saves the form as a new object (Django's {@code save_as}). */
    public ModelAdmin<T> saveAs(boolean saveAs) {
        this.saveAs = saveAs;
        return this;
    }

    /**
     * Reference fields ({@code Ref} or {@code RefList}, in embedded models too: {@code chapters__author})
     * edited with a search of their target (Django's {@code autocomplete_fields}): a text input of
     * the id, which the page's script turns into a search box; the target must be registered with
     * {@link #searchFields}, which the site checks when it starts.
     */
    public ModelAdmin<T> autocompleteFields(String... fields) {
        this.autocompleteFields = List.of(fields);
        return this;
    }

    /** Reference fields edited as a plain input of the target's id (Django's {@code raw_id_fields}). */
    public ModelAdmin<T> rawIdFields(String... fields) {
        this.rawIdFields = List.of(fields);
        return this;
    }

    /**
     * The most objects a reference field lists in its select (200 by default): a field whose
     * target holds more (by its estimated count) is an autocomplete when the target is registered
     * with {@link #searchFields}, else an input of the id.
     */
    public ModelAdmin<T> referenceSelectLimit(int objects) {
        if (objects < 0 || objects > 10_000) {
            throw new IllegalArgumentException("referenceSelectLimit(" + objects + "): between 0 and 10000 objects");
        }
        this.referenceSelectLimit = objects;
        return this;
    }

    /**
     * Adds an action to the changelist's action menu, run on the selected objects by users with
     * {@code permission} ({@code view}, {@code add}, {@code change} or {@code delete}) on the model.
     */
    public ModelAdmin<T> action(String name, String description, String permission, AdminAction<T> action) {
        if (name == null || !name.matches("[a-z][a-z0-9_]*") || "delete_selected".equals(name)) {
            throw new IllegalArgumentException("an action name is lower case letters, digits and _ (not delete_selected): "
                    + name);
        }
        if (!List.of("view", "add", "change", "delete").contains(permission)) {
            throw new IllegalArgumentException("an action needs the view, add, change or delete permission, not "
                    + permission);
        }
        actions.put(name, new Action<>(name, Objects.requireNonNull(description, "description"), permission,
                Objects.requireNonNull(action, "action")));
        return this;
    }

    // ---- read by the site

    public ModelMeta<T> meta() {
        return meta;
    }

    List<String> listDisplay() {
        return listDisplay;
    }

    List<String> listDisplayLinks() {
        return listDisplayLinks.isEmpty() ? List.of(listDisplay.get(0)) : listDisplayLinks;
    }

    List<String> searchFields() {
        return searchFields;
    }

    List<String> listFilter() {
        return listFilter;
    }

    List<String> ordering() {
        return ordering;
    }

    int listPerPage() {
        return listPerPage;
    }

    int countCap() {
        return countCap;
    }

    String dateHierarchy() {
        return dateHierarchy;
    }

    boolean saveAs() {
        return saveAs;
    }

    Map<String, Action<T>> actions() {
        return actions;
    }

    List<String> autocompleteFields() {
        return autocompleteFields;
    }

    List<String> rawIdFields() {
        return rawIdFields;
    }

    int referenceSelectLimit() {
        return referenceSelectLimit;
    }

    /** Whether {@code field} (top-level) is shown but not written. */
    boolean readonly(FieldMeta field) {
        return !field.editable() || field.id() || field.version() || field.type().kind() == FieldKind.BINARY
                || readonlyFields.contains(field.name()) || readonlyFields.contains(field.bsonName())
                || readonlyFields.contains(field.snakeName());
    }

    /** The form's groups of top-level fields: the fieldsets, or one untitled group of {@link #fields} less {@link #exclude}. */
    List<FormGroup> formGroups() {
        List<FormGroup> groups = new ArrayList<>();
        if (!fieldsets.isEmpty()) {
            for (Fieldset set : fieldsets) {
                groups.add(new FormGroup(set.title(), resolveTop(set.fields()), set.collapsed()));
            }
            return groups;
        }
        List<FieldMeta> chosen = new ArrayList<>();
        if (!fields.isEmpty()) {
            chosen.addAll(resolveTop(fields));
        } else {
            for (FieldMeta field : meta.fields()) {
                if (!field.id() || !meta.generatesIds()) {
                    chosen.add(field);
                }
            }
        }
        chosen.removeIf(field -> exclude.contains(field.name()) || exclude.contains(field.bsonName())
                || exclude.contains(field.snakeName()));
        groups.add(new FormGroup(null, chosen, false));
        return groups;
    }

    private List<FieldMeta> resolveTop(List<String> names) {
        List<FieldMeta> resolved = new ArrayList<>();
        for (String name : names) {
            AdminPath path = AdminPath.resolve(meta, name);
            if (!path.topLevel()) {
                throw new IllegalArgumentException(meta.name() + ": form fields are top-level fields; '" + name
                        + "' is inside " + path.fields().get(0).name() + ", which the form shows whole");
            }
            resolved.add(path.last());
        }
        return resolved;
    }

    /** The reference field that {@code option} names as {@code name}, which it must be. */
    FieldMeta reference(String option, String name) {
        FieldMeta field = AdminPath.resolve(meta, name).last();
        if (!field.type().kind().isReference()) {
            throw new IllegalArgumentException(meta.name() + ": " + option + " names '" + name + "', which is a "
                    + field.type() + " field, not a reference (Ref or RefList); list only reference fields there");
        }
        return field;
    }

    /** A group of top-level fields on the form. */
    record FormGroup(String title, List<FieldMeta> fields, boolean collapsed) {}

    /**
     * Checks every option against the model, so a misspelt name fails at registration.
     *
     * @throws IllegalArgumentException naming the option, the bad name and the valid ones
     */
    void check() {
        for (String column : listDisplay) {
            if (!STR.equals(column)) {
                AdminPath.resolve(meta, column);
            }
        }
        for (String link : listDisplayLinks) {
            if (!listDisplay.contains(link)) {
                throw new IllegalArgumentException(meta.name() + ": listDisplayLinks names '" + link
                        + "', which is not in listDisplay " + listDisplay);
            }
        }
        for (String field : searchFields) {
            String plain = field.startsWith("^") || field.startsWith("=") ? field.substring(1) : field;
            AdminPath.resolve(meta, plain);
        }
        for (String field : listFilter) {
            AdminPath.resolve(meta, field);
        }
        for (String key : ordering) {
            AdminPath.resolve(meta, key.startsWith("-") ? key.substring(1) : key);
        }
        for (String field : readonlyFields) {
            AdminPath.resolve(meta, field);
        }
        for (String field : exclude) {
            AdminPath.resolve(meta, field);
        }
        for (String field : autocompleteFields) {
            reference("autocompleteFields", field);
            if (rawIdFields.contains(field)) {
                throw new IllegalArgumentException(meta.name() + ": '" + field + "' is in both autocompleteFields and "
                        + "rawIdFields; a field has one widget, so keep it in one of them");
            }
        }
        for (String field : rawIdFields) {
            reference("rawIdFields", field);
        }
        if (dateHierarchy != null && !AdminPath.resolve(meta, dateHierarchy).last().type().kind().isTemporal()) {
            throw new IllegalArgumentException(meta.name() + ": dateHierarchy '" + dateHierarchy + "' is not a date field");
        }
        formGroups();
    }
}
