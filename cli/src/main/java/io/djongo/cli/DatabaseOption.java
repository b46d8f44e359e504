package io.djongo.cli;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.djongo.meta.ModelRegistry;
import io.djongo.migrations.Migrator;
import picocli.CommandLine.Option;

/** {@code --database URI}, or {@code MONGODB_URI}: the database that commands migrate and inspect. */
final class DatabaseOption {
    @Option(names = "--database", paramLabel = "URI",
            description = "The database, as mongodb://host:27017/name (default: the MONGODB_URI environment variable).")
    String uri;

    /** An open client and the migrator of its database, with the migrations on the environment's class path. */
    record Connection(MongoClient client, Migrator migrator) implements AutoCloseable {
        @Override
        public void close() {
            client.close();
        }
    }

    Connection open(Environment environment) {
        String given = uri != null ? uri : environment.variable("MONGODB_URI");
        if (given == null) {
            throw new Main.UsageError("no database: pass --database mongodb://host:27017/name, or set MONGODB_URI");
        }
        ConnectionString connection;
        try {
            connection = new ConnectionString(given);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageError("\"" + given + "\" is not a MongoDB connection string (" + e.getMessage()
                    + "); expected mongodb://host:27017/name");
        }
        if (connection.getDatabase() == null || connection.getDatabase().isEmpty()) {
            throw new Main.UsageError("the connection string " + connection.getHosts() + " names no database; add it after "
                    + "the hosts, as in mongodb://localhost:27017/blog");
        }
        MongoClient client = MongoClients.create(connection);
        return new Connection(client, Migrator.of(client, connection.getDatabase())
                .withRegistry(ModelRegistry.load(environment.classLoader())));
    }
}
