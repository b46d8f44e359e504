package io.djongo.admin;

import io.djongo.admin.html.Html;
import io.djongo.codec.ValueCodec;
import io.djongo.meta.ModelMeta;
import io.djongo.relation.DeletionPreview;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.BsonValue;

/**
 * What a deletion in the admin would do, as Django's {@code get_deleted_objects} tells its
 * confirmation pages: the objects deleted with the cascade, named and linked; the objects kept
 * whose references change; the protected objects that forbid the deletion; and the models whose
 * objects would be deleted but that the user may not delete. Read from the runtime's
 * {@link DeletionPreview}, so the page says what the deletion does.
 */
final class DeletedObjects {
    private final AdminContext context;
    private final DeletionPreview preview;
    private final List<String> permsNeeded = new ArrayList<>();

    DeletedObjects(AdminContext context, DeletionPreview preview) {
        this.context = context;
        this.preview = preview;
        Set<String> lacking = new LinkedHashSet<>();
        for (DeletionPreview.Group group : preview.deleted()) {
            Registered<?> registered = context.site().registered(group.model());
            // Django asks for the delete permission of the registered models only
            if (registered != null && !context.allows(registered, "delete")) {
                lacking.add(group.model().label());
            }
        }
        permsNeeded.addAll(lacking);
    }

    /** Whether the deletion may go ahead: nothing protects, and the user may delete everything it deletes. */
    boolean allowed() {
        return !preview.blocked() && permsNeeded.isEmpty();
    }

    boolean blocked() {
        return preview.blocked();
    }

    /** The models the user may not delete objects of, by their labels. */
    List<String> permsNeeded() {
        return permsNeeded;
    }

    /**
     * The page's explanation and lists: {@code what} names the deleted object(s) in Django's words
     * ({@code the publisher “Penguin”}, {@code the selected publishers}), {@code single} whether it
     * is one object.
     */
    Html render(String what, boolean single) {
        Html html = Html.of();
        if (!permsNeeded.isEmpty()) {
            html.el("p", "Deleting " + what + " would result in deleting related objects, but your account doesn't have "
                    + "permission to delete the following types of objects:");
            html.open("ul", "class", "perms-needed");
            for (String label : permsNeeded) {
                html.el("li", label);
            }
            html.close("ul");
            return html;
        }
        if (preview.blocked()) {
            html.el("p", "Deleting " + what + " would require deleting the following protected related objects:");
            html.open("ul", "class", "protected-objects");
            for (DeletionPreview.Group group : preview.blocking()) {
                items(html, group, "");
            }
            html.close("ul");
            return html;
        }
        html.el("p", "Are you sure you want to delete " + what + "? All of the following "
                + (single ? "related items" : "objects and their related items") + " will be deleted:");
        html.el("h2", "Summary");
        html.open("ul", "class", "deletion-summary");
        for (DeletionPreview.Group group : preview.deleted()) {
            html.el("li", IndexPage.capitalize(group.model().labelPlural()) + ": " + group.count());
        }
        html.close("ul");
        html.el("h2", "Objects");
        html.open("ul", "class", "deleted-objects");
        tree(html);
        html.close("ul");
        if (!preview.updated().isEmpty()) {
            html.el("p", "The following related items will be kept, with their reference changed:");
            html.open("ul", "class", "changed-objects");
            for (DeletionPreview.Group group : preview.updated()) {
                items(html, group, " (" + change(group) + ")");
            }
            html.close("ul");
        }
        return html;
    }

    /**
     * The deleted objects nested as Django nests them, each object's cascade in a list beneath it,
     * then how many more of each model the page does not name.
     */
    private void tree(Html html) {
        Map<ModelMeta<?>, List<BsonValue>> ids = new LinkedHashMap<>();
        Map<ModelMeta<?>, Integer> shown = new LinkedHashMap<>();
        collect(preview.tree(), ids, shown);
        Map<ModelMeta<?>, Map<BsonValue, String>> labels = new LinkedHashMap<>();
        for (Map.Entry<ModelMeta<?>, List<BsonValue>> entry : ids.entrySet()) {
            labels.put(entry.getKey(), context.site().references().labels(entry.getKey(), entry.getValue()));
        }
        for (DeletionPreview.Node node : preview.tree()) {
            node(html, node, labels);
        }
        for (DeletionPreview.Group group : preview.deleted()) {
            long more = group.count() - shown.getOrDefault(group.model(), 0);
            if (more > 0) {
                ModelMeta<?> model = group.model();
                html.el("li", "\u2026 and " + more + " more " + (more == 1 ? model.label() : model.labelPlural()),
                        "class", "more");
            }
        }
    }

    private static void collect(List<DeletionPreview.Node> nodes, Map<ModelMeta<?>, List<BsonValue>> ids,
            Map<ModelMeta<?>, Integer> shown) {
        for (DeletionPreview.Node node : nodes) {
            ids.computeIfAbsent(node.model(), model -> new ArrayList<>()).add(bsonId(node.model(), node.id()));
            shown.merge(node.model(), 1, Integer::sum);
            collect(node.children(), ids, shown);
        }
    }

    private void node(Html html, DeletionPreview.Node node, Map<ModelMeta<?>, Map<BsonValue, String>> labels) {
        html.open("li");
        item(html, node.model(), bsonId(node.model(), node.id()), labels.get(node.model()), "");
        if (!node.children().isEmpty()) {
            html.open("ul");
            for (DeletionPreview.Node child : node.children()) {
                node(html, child, labels);
            }
            html.close("ul");
        }
        html.close("li");
    }

    private static String change(DeletionPreview.Group group) {
        String field = group.field().label();
        return switch (group.effect()) {
            case SET_NULL -> field + " set to null";
            case SET_DEFAULT -> field + " set to its default";
            case REMOVE -> "removed from its " + field;
            default -> field;
        };
    }

    /** One item per named object of {@code group}, linked to its page where the user may see it, then how many more. */
    private void items(Html html, DeletionPreview.Group group, String suffix) {
        ModelMeta<?> model = group.model();
        List<BsonValue> ids = new ArrayList<>();
        for (Object id : group.ids()) {
            ids.add(bsonId(model, id));
        }
        Map<BsonValue, String> labels = context.site().references().labels(model, ids);
        for (BsonValue id : ids) {
            html.open("li");
            item(html, model, id, labels, suffix);
            html.close("li");
        }
        long more = group.count() - ids.size();
        if (more > 0) {
            html.el("li", "\u2026 and " + more + " more " + (more == 1 ? model.label() : model.labelPlural()) + suffix,
                    "class", "more");
        }
    }

    /** {@code Model: label}, the label linked to the object's page where the user may see it. */
    private void item(Html html, ModelMeta<?> model, BsonValue id, Map<BsonValue, String> labels, String suffix) {
        Registered<?> registered = context.site().registered(model);
        String label = labels.getOrDefault(id, io.djongo.admin.changelist.Ids.text(id));
        html.t(IndexPage.capitalize(model.label()) + ": ");
        if (registered != null && context.allows(registered, "view")) {
            html.el("a", label, "href", registered.url(context.prefix(), id, "change"));
        } else {
            html.t(label);
        }
        html.t(suffix);
    }

    @SuppressWarnings("unchecked") // the id is a Java value of the model's own id type
    private static BsonValue bsonId(ModelMeta<?> model, Object id) {
        return ((ValueCodec<Object>) model.idField().orElseThrow().type().codec()).toBsonValue(id);
    }
}
