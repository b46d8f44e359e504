package io.djongo.benchmarks.startup;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.morphia.Datastore;
import dev.morphia.Morphia;
import dev.morphia.query.FindOptions;
import dev.morphia.query.filters.Filters;
import io.djongo.benchmarks.model.Entry;

/** Start-up contender: Morphia's datastore, mapping Entry on first use. */
public final class StartMorphia {
    private StartMorphia() {}

    public static void main(String[] args) {
        ConnectionString uri = new ConnectionString(args[0]);
        try (MongoClient client = MongoClients.create(uri)) {
            Datastore datastore = Morphia.createDatastore(client, uri.getDatabase());
            try (var cursor = datastore.find(Entry.class, new FindOptions().limit(StartupResult.LIMIT))
                    .filter(Filters.gte("rating", StartupResult.MIN_RATING))
                    .iterator()) {
                StartupResult.report(cursor.toList());
            }
        }
    }
}
