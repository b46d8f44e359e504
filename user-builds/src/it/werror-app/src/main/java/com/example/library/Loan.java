package com.example.library;

import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import io.djongo.annotations.Version;
import java.time.LocalDate;
import org.bson.types.ObjectId;

/**
 * A loan, immutable as Lombok's {@code @Value} writes a class: final fields read through getters and
 * set by the one constructor, so every save returns a new copy.
 */
@Model
public final class Loan extends Loan_ {
    @Id
    private final ObjectId id;
    private final String title;
    private final String reader;
    private final LocalDate due;
    @Version
    private final long version;

    public Loan(ObjectId id, String title, String reader, LocalDate due, long version) {
        this.id = id;
        this.title = title;
        this.reader = reader;
        this.due = due;
        this.version = version;
    }

    public ObjectId getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getReader() {
        return reader;
    }

    public LocalDate getDue() {
        return due;
    }

    public long getVersion() {
        return version;
    }

    /** This loan due on another day, as Lombok's {@code @With} writes it. */
    public Loan withDue(LocalDate due) {
        return new Loan(id, title, reader, due, version);
    }
}
