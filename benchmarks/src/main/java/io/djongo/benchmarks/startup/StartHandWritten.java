package io.djongo.benchmarks.startup;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import io.djongo.benchmarks.model.Entry;
import io.djongo.benchmarks.model.HandWrittenEntryCodec;
import java.util.ArrayList;
import org.bson.codecs.configuration.CodecRegistries;

/** Start-up contender: the raw driver with the hand-written codec. */
public final class StartHandWritten {
    private StartHandWritten() {}

    public static void main(String[] args) {
        ConnectionString uri = new ConnectionString(args[0]);
        try (MongoClient client = MongoClients.create(uri)) {
            StartupResult.report(client.getDatabase(uri.getDatabase())
                    .getCollection("entry", Entry.class)
                    .withCodecRegistry(CodecRegistries.fromRegistries(
                            CodecRegistries.fromCodecs(new HandWrittenEntryCodec()),
                            MongoClientSettings.getDefaultCodecRegistry()))
                    .find(Filters.gte("rating", StartupResult.MIN_RATING))
                    .limit(StartupResult.LIMIT)
                    .into(new ArrayList<>()));
        }
    }
}
