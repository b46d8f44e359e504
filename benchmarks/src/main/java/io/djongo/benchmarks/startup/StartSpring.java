package io.djongo.benchmarks.startup;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.djongo.benchmarks.model.Entry;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** Start-up contender: Spring Data MongoDB's MongoTemplate (no Spring Boot, no repositories). */
public final class StartSpring {
    private StartSpring() {}

    public static void main(String[] args) {
        ConnectionString uri = new ConnectionString(args[0]);
        try (MongoClient client = MongoClients.create(uri)) {
            MongoTemplate template = new MongoTemplate(client, uri.getDatabase());
            StartupResult.report(template.find(
                    new Query(where("rating").gte(StartupResult.MIN_RATING)).limit(StartupResult.LIMIT),
                    Entry.class, "entry"));
        }
    }
}
