package io.djongo.it.signals.model;

import io.djongo.annotations.ForeignKey;
import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import io.djongo.annotations.OnDelete;
import io.djongo.relation.Ref;
import io.djongo.signals.Hooks;
import java.util.ArrayList;
import java.util.List;
import org.bson.types.ObjectId;

/** A remark on an article, deleted with it, with hooks that record their calls. */
@Model
public class Remark extends Remark_ implements Hooks {
    /** What the hooks of every remark saw, in order. */
    public static final List<String> CALLS = new ArrayList<>();

    @Id
    public ObjectId id;
    public String text;
    public String slug;
    @ForeignKey(onDelete = OnDelete.CASCADE)
    public Ref<Article> article;

    public Remark() {}

    public Remark(String text, Article article) {
        this.text = text;
        this.article = article == null ? null : Ref.of(article);
    }

    @Override
    public String toString() {
        return "Remark " + text;
    }

    @Override
    public void beforeSave() {
        slug = text == null ? null : text.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        CALLS.add("beforeSave " + text + (id == null ? " (new)" : ""));
    }

    @Override
    public void afterSave(boolean created) {
        CALLS.add("afterSave " + text + (created ? " (created)" : ""));
    }

    @Override
    public void beforeDelete() {
        CALLS.add("beforeDelete " + text);
    }

    @Override
    public void afterDelete() {
        CALLS.add("afterDelete " + text);
    }
}
