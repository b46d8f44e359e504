package io.djongo;

import com.mongodb.ReadConcern;
import com.mongodb.ReadPreference;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import io.djongo.meta.ModelMeta;

/**
 * The read preference, read concern and write concern chosen at one level: a {@code QuerySet}'s
 * {@code withReadPreference}/{@code withReadConcern}/{@code withWriteConcern}, or a model's
 * {@code @Model(readPreference, readConcern, writeConcern)}. Each is {@code null} where that level
 * leaves the choice to the level below it (the model's, then the connection's).
 */
public record CollectionOptions(ReadPreference readPreference, ReadConcern readConcern, WriteConcern writeConcern) {
    /** Nothing chosen. */
    public static final CollectionOptions NONE = new CollectionOptions(null, null, null);

    /** What {@code meta}'s model declares. */
    public static CollectionOptions of(ModelMeta<?> meta) {
        return new CollectionOptions(meta.readPreference(), meta.readConcern(), meta.writeConcern());
    }

    /** These options with {@code readPreference} instead. */
    public CollectionOptions withReadPreference(ReadPreference readPreference) {
        return new CollectionOptions(readPreference, readConcern, writeConcern);
    }

    /** These options with {@code readConcern} instead. */
    public CollectionOptions withReadConcern(ReadConcern readConcern) {
        return new CollectionOptions(readPreference, readConcern, writeConcern);
    }

    /** These options with {@code writeConcern} instead. */
    public CollectionOptions withWriteConcern(WriteConcern writeConcern) {
        return new CollectionOptions(readPreference, readConcern, writeConcern);
    }

    /** {@code collection} with what these options choose, and the rest as it was. */
    public <D> MongoCollection<D> applyTo(MongoCollection<D> collection) {
        MongoCollection<D> configured = collection;
        if (readPreference != null) {
            configured = configured.withReadPreference(readPreference);
        }
        if (readConcern != null) {
            configured = configured.withReadConcern(readConcern);
        }
        if (writeConcern != null) {
            configured = configured.withWriteConcern(writeConcern);
        }
        return configured;
    }
}
