package io.djongo.admin.forms;

import io.djongo.meta.FieldMeta;
import io.djongo.meta.ModelMeta;
import java.util.List;
import org.bson.BsonValue;

/**
 * What a form shows for its reference fields, answered by the site for one form: how each field
 * is edited (Django's select, {@code autocomplete_fields} or {@code raw_id_fields}), and what the
 * referenced objects are called.
 */
public interface ReferenceChoices {
    /**
     * One object a select offers: its id as the input holds it, and its label.
     *
     * @param id the id as form text
     * @param label what the option shows: the object as the admin names it everywhere
     */
    record Choice(String id, String label) {}

    /** How a reference field is edited. */
    enum Kind {
        /** A select of every object of the target (a multiple select for a {@code RefList}). */
        SELECT,
        /** An input of the id (ids separated by commas for a {@code RefList}) that the page's script searches for. */
        AUTOCOMPLETE,
        /** An input of the id, or ids separated by commas. */
        ID
    }

    /**
     * The widget of one reference field.
     *
     * @param kind how it is edited
     * @param choices the objects a {@link Kind#SELECT} offers; empty otherwise
     * @param url where an {@link Kind#AUTOCOMPLETE} searches, with its {@code field} parameter; {@code null} otherwise
     */
    record Widget(Kind kind, List<Choice> choices, String url) {
        public Widget {
            choices = List.copyOf(choices);
        }
    }

    /** How {@code field}, a {@code Ref} or {@code RefList} field of the form's model or of its embedded models, is edited. */
    Widget widget(FieldMeta field);

    /** What the object {@code id} of {@code target} is called, or {@code null} when it does not exist. */
    String label(ModelMeta<?> target, BsonValue id);
}
