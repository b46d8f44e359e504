package io.djongo.examples.readme.immutable;

import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import io.djongo.annotations.Version;
import java.time.LocalDate;
import org.bson.types.ObjectId;

// README: model-loan
@Model
public final class Loan extends Loan_ {         // as Lombok's @Value writes it, or kapt a Kotlin data class
    @Id private final ObjectId id;
    private final String title;
    private final LocalDate due;
    @Version private final long version;

    public Loan(ObjectId id, String title, LocalDate due, long version) {
        this.id = id;
        this.title = title;
        this.due = due;
        this.version = version;
    }

    public ObjectId getId() { return id; }
    public String getTitle() { return title; }
    public LocalDate getDue() { return due; }
    public long getVersion() { return version; }
}
// README: end
