package io.djongo.it.signals.model;

import io.djongo.annotations.ForeignKey;
import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import io.djongo.annotations.OnDelete;
import io.djongo.relation.Ref;
import org.bson.types.ObjectId;

/** An article of a journal: CASCADE, so deleting the journal deletes it, and its remarks. */
@Model
public class Article extends Article_ {
    @Id
    public ObjectId id;
    public String title;
    public int views;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "articles")
    public Ref<Journal> journal;

    public Article() {}

    public Article(String title, Journal journal) {
        this.title = title;
        this.journal = journal == null ? null : Ref.of(journal);
    }

    @Override
    public String toString() {
        return "Article " + title;
    }
}
