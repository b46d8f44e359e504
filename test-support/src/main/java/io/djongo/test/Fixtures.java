package io.djongo.test;

import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.json.JsonParseException;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** The documents of a test class's fixture files, read once and inserted as often as the isolation asks. */
final class Fixtures {
    private static final String FORMAT = "A fixture is one JSON object whose keys are collection names and whose values "
            + "are arrays of documents, in MongoDB Extended JSON: "
            + "{\"entry\": [{\"_id\": {\"$oid\": \"65a000000000000000000001\"}, \"headline\": \"Abbey Road\"}]}";

    /** Documents by collection, in the order of the files and of the documents in them. */
    private final Map<String, List<BsonDocument>> documents;

    private Fixtures(Map<String, List<BsonDocument>> documents) {
        this.documents = documents;
    }

    /** Reads the fixtures named on {@code testClass}, failing with what is wrong and how to fix it. */
    static Fixtures read(Class<?> testClass, String[] names) {
        Map<String, List<BsonDocument>> documents = new LinkedHashMap<>();
        for (String name : names) {
            String resource = resourceName(testClass, name);
            BsonDocument fixture = parse(testClass, resource, text(testClass, name, resource));
            for (Map.Entry<String, BsonValue> collection : fixture.entrySet()) {
                if (collection.getKey().isEmpty() || collection.getKey().contains("$")) {
                    throw new ExtensionConfigurationException("fixture " + resource + " names the collection \""
                            + collection.getKey() + "\", which is not a collection name. " + FORMAT);
                }
                if (!collection.getValue().isArray()) {
                    throw new ExtensionConfigurationException("fixture " + resource + ": \"" + collection.getKey()
                            + "\" must be an array of documents, but is a " + collection.getValue().getBsonType()
                            + ". " + FORMAT);
                }
                List<BsonDocument> list = documents.computeIfAbsent(collection.getKey(), key -> new ArrayList<>());
                int index = 0;
                for (BsonValue document : collection.getValue().asArray()) {
                    if (!document.isDocument()) {
                        throw new ExtensionConfigurationException("fixture " + resource + ": element " + index + " of \""
                                + collection.getKey() + "\" must be a document, but is a " + document.getBsonType()
                                + ". " + FORMAT);
                    }
                    list.add(document.asDocument());
                    index++;
                }
            }
        }
        return new Fixtures(documents);
    }

    /** Inserts every document into {@code database}, one {@code insertMany} per collection. */
    void load(MongoDatabase database) {
        for (Map.Entry<String, List<BsonDocument>> collection : documents.entrySet()) {
            if (!collection.getValue().isEmpty()) {
                List<BsonDocument> copies = new ArrayList<>();
                for (BsonDocument document : collection.getValue()) {
                    copies.add(document.clone()); // the driver adds a generated _id to what it inserts
                }
                database.getCollection(collection.getKey(), BsonDocument.class).insertMany(copies);
            }
        }
    }

    boolean isEmpty() {
        return documents.isEmpty();
    }

    /** The class-path resource for {@code name}, as {@link Class#getResource(String)} resolves it. */
    static String resourceName(Class<?> testClass, String name) {
        if (name.startsWith("/")) {
            return name.substring(1);
        }
        String pkg = testClass.getPackageName();
        return pkg.isEmpty() ? name : pkg.replace('.', '/') + "/" + name;
    }

    private static String text(Class<?> testClass, String name, String resource) {
        try (InputStream in = testClass.getResourceAsStream("/" + resource)) {
            if (in == null) {
                String folder = resource.contains("/") ? resource.substring(0, resource.lastIndexOf('/') + 1) : "";
                throw new ExtensionConfigurationException("fixture \"" + name + "\" of " + testClass.getName()
                        + " was not found on the test class path as " + resource + ". Put the file in src/test/resources/"
                        + folder + (name.startsWith("/") ? "" : ", or name it from the class-path root with a leading "
                        + "slash (\"/" + name + "\" is src/test/resources/" + name + ")"));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fixture " + resource, e);
        }
    }

    private static BsonDocument parse(Class<?> testClass, String resource, String text) {
        try {
            return BsonDocument.parse(text);
        } catch (JsonParseException | org.bson.BsonInvalidOperationException e) {
            throw new ExtensionConfigurationException("fixture " + resource + " of " + testClass.getName()
                    + " is not valid: " + e.getMessage().replaceAll("\\.+$", "") + ". " + FORMAT, e);
        }
    }
}
