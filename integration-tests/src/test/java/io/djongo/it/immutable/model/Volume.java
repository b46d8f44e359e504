package io.djongo.it.immutable.model;

import io.djongo.annotations.Field;
import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import io.djongo.annotations.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bson.types.ObjectId;

/**
 * A class as Lombok's {@code @Value} and {@code @With} write it: final, private final fields read
 * through getters, one constructor taking them all, and withers. The notes are not in the
 * constructor: they have a setter, and a new list until a document says otherwise.
 */
@Model
public final class Volume extends Volume_ {
    @Id
    private final ObjectId id;
    @Field(maxLength = 40)
    private final String title;
    private final int pages;
    private final boolean available;
    private final Edition edition;
    @Field(autoNowAdd = true)
    private final Instant created;
    @Field(defaultValue = "en")
    private final String language;
    @Version
    private final long version;
    private List<String> notes = new ArrayList<>();

    public Volume(ObjectId id, String title, int pages, boolean available, Edition edition, Instant created,
            String language, long version) {
        this.id = id;
        this.title = title;
        this.pages = pages;
        this.available = available;
        this.edition = edition;
        this.created = created;
        this.language = language;
        this.version = version;
    }

    public static Volume of(String title, int pages) {
        return new Volume(null, title, pages, true, null, null, null, 0);
    }

    public ObjectId getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public int getPages() {
        return pages;
    }

    public boolean isAvailable() {
        return available;
    }

    public Edition getEdition() {
        return edition;
    }

    public Instant getCreated() {
        return created;
    }

    public String getLanguage() {
        return language;
    }

    public long getVersion() {
        return version;
    }

    public List<String> getNotes() {
        return notes;
    }

    public void setNotes(List<String> notes) {
        this.notes = notes;
    }

    public Volume withPages(int pages) {
        Volume copy = new Volume(id, title, pages, available, edition, created, language, version);
        copy.setNotes(notes);
        return copy;
    }

    public Volume withEdition(Edition edition) {
        Volume copy = new Volume(id, title, pages, available, edition, created, language, version);
        copy.setNotes(notes);
        return copy;
    }

    @Override
    public String toString() {
        return "Volume(" + title + ", " + pages + " pages, v" + version + ")";
    }

    /** The values, as Lombok's @Value compares them; the companion's equality by id is replaced. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Volume && Objects.equals(id, ((Volume) other).id)
                && Objects.equals(title, ((Volume) other).title) && pages == ((Volume) other).pages
                && version == ((Volume) other).version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, pages, version);
    }
}
