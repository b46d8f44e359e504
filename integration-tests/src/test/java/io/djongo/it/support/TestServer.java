package io.djongo.it.support;

import com.mongodb.ConnectionString;
import com.mongodb.MongoCredential;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.djongo.embedded.EmbeddedMongo;
import org.bson.Document;

/**
 * The server every integration test talks to, chosen once per JVM:
 * <ul>
 *   <li>the system property {@code djongo.test.uri} (surefire sets it from {@code MONGODB_URI}), or
 *       the environment variable {@code MONGODB_URI}, when non-blank: that server (FerretDB, MongoDB);</li>
 *   <li>otherwise an in-process {@link EmbeddedMongo} (mongo-java-server), started on first use
 *       and stopped when the JVM exits.</li>
 * </ul>
 */
public final class TestServer {
    private static TestServer instance;

    private final String baseUri;
    private final String description;
    private final String version;
    private final boolean ferretDb;
    private final boolean embedded;

    private TestServer(String baseUri, boolean embedded) {
        this.baseUri = baseUri;
        this.embedded = embedded;
        ConnectionString connection = new ConnectionString(baseUri);
        try (MongoClient client = MongoClients.create(connection)) {
            Document info = client.getDatabase("admin").runCommand(new Document("buildInfo", 1));
            this.version = String.valueOf(info.get("version"));
            this.ferretDb = info.containsKey("ferretdbVersion") || info.containsKey("ferretdb");
            String flavour = embedded ? "embedded mongo-java-server"
                    : ferretDb ? "FerretDB " + ferretDbVersion(info) : "MongoDB-wire server";
            this.description = flavour + " at " + connection.getHosts() + ", buildInfo version " + version;
        }
    }

    private static String ferretDbVersion(Document info) {
        Object version = info.get("ferretdbVersion");
        if (version == null && info.get("ferretdb") instanceof Document) {
            version = ((Document) info.get("ferretdb")).get("version");
        }
        return String.valueOf(version);
    }

    /** The server for this JVM, started or connected to on first use; prints which one once. */
    public static synchronized TestServer get() {
        if (instance == null) {
            String external = configuredUri();
            if (external == null) {
                EmbeddedMongo mongo = EmbeddedMongo.start();
                Runtime.getRuntime().addShutdownHook(new Thread(mongo::close, "embedded-mongo-stop"));
                instance = new TestServer(mongo.connectionString(), true);
            } else {
                instance = new TestServer(external, false);
            }
            System.out.println("[djongo-it] test server: " + instance.description);
        }
        return instance;
    }

    /**
     * The external URI, or {@code null}. Surefire passes {@code ${env.MONGODB_URI}} through the
     * POM, so an unset variable can arrive as an empty string or as the unresolved expression.
     */
    private static String configuredUri() {
        String property = System.getProperty("djongo.test.uri");
        if (property != null && !property.isBlank() && !property.startsWith("${")) {
            return property.trim();
        }
        String env = System.getenv("MONGODB_URI");
        return env == null || env.isBlank() ? null : env.trim();
    }

    /** Whether this is the in-process mongo-java-server. */
    public boolean isEmbedded() {
        return embedded;
    }

    /** Whether the server reports itself as FerretDB. */
    public boolean isFerretDb() {
        return ferretDb;
    }

    /** A short description: kind, hosts and version. */
    public String description() {
        return description;
    }

    /** The server's URI with {@code database} as its database; options are kept. */
    public String uri(String database) {
        return withDatabase(baseUri, database);
    }

    /**
     * {@code uri} with its database (the path after the hosts) replaced by {@code database},
     * keeping the options. The path database is also the default authentication database, so
     * when the URI carries credentials and no {@code authSource}, the credential's source is
     * added as {@code authSource} to keep authentication working.
     */
    public static String withDatabase(String uri, String database) {
        ConnectionString original = new ConnectionString(uri);
        int schemeEnd = uri.indexOf("://") + 3;
        int query = uri.indexOf('?', schemeEnd);
        int slash = uri.indexOf('/', schemeEnd);
        int hostsEnd = slash >= 0 && (query < 0 || slash < query) ? slash : query >= 0 ? query : uri.length();
        String options = query >= 0 ? uri.substring(query + 1) : "";
        MongoCredential credential = original.getCredential();
        if (credential != null && credential.getSource() != null && !options.toLowerCase().contains("authsource=")) {
            options = (options.isEmpty() ? "" : options + "&") + "authSource=" + credential.getSource();
        }
        String result = uri.substring(0, hostsEnd) + "/" + database + (options.isEmpty() ? "" : "?" + options);
        ConnectionString parsed = new ConnectionString(result);
        if (!database.equals(parsed.getDatabase())) {
            throw new IllegalStateException("could not put database " + database + " into " + uri + ": got " + result);
        }
        return result;
    }
}
