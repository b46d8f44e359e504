package io.djongo.benchmarks.contenders;

import io.djongo.benchmarks.model.Entry;
import io.djongo.benchmarks.model.Fixtures;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bson.BsonBinaryReader;
import org.bson.BsonDocument;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;

/**
 * Checks, before anything is timed, that every contender writes what the hand-written codec writes
 * and reads back an equal {@link Entry}; a contender that does not is a bug here, not a result.
 */
public final class Verification {
    private Verification() {}

    /**
     * Verifies every contender on the benchmark entry and on a few more; returns one line per
     * contender saying how its output compares.
     *
     * @throws IllegalStateException when a contender writes a different document or reads back a
     *         different entry
     */
    public static List<String> verify(Contenders contenders) {
        List<String> report = new ArrayList<>();
        for (String contender : Contenders.NAMES) {
            String line = null;
            for (int i = 0; i < 5; i++) {
                Entry entry = Fixtures.entry(i);
                String result = verify(contenders, contender, entry);
                if (line == null) {
                    line = result;
                }
            }
            report.add(line);
        }
        return report;
    }

    private static String verify(Contenders contenders, String contender, Entry entry) {
        byte[] expected = contenders.bytes("handWritten", entry);
        byte[] actual = contenders.bytes(contender, entry);
        String bytes;
        if (Arrays.equals(expected, actual)) {
            bytes = "writes the same " + actual.length + " bytes as the hand-written codec";
        } else {
            BsonDocument expectedDocument = parse(expected);
            BsonDocument actualDocument = parse(actual);
            // BsonDocument.equals compares fields as a map, so field order does not matter here.
            if (!expectedDocument.equals(actualDocument)) {
                throw new IllegalStateException(contender + " writes a different document for entry " + entry.getId()
                        + ":\n  hand-written: " + expectedDocument.toJson() + "\n  " + contender + ": "
                        + actualDocument.toJson());
            }
            bytes = "writes an equal document in another field order (" + actual.length + " bytes; order "
                    + String.join(", ", actualDocument.keySet()) + ")";
        }
        Entry fromHandWritten = contenders.read(contender, expected);
        if (!entry.equals(fromHandWritten)) {
            throw new IllegalStateException(contender + " reads back a different entry:\n  expected " + entry
                    + "\n  read     " + fromHandWritten);
        }
        Entry ownRoundTrip = contenders.read(contender, actual);
        if (!entry.equals(ownRoundTrip)) {
            throw new IllegalStateException(contender + " does not read back what it wrote:\n  expected " + entry
                    + "\n  read     " + ownRoundTrip);
        }
        return contender + ": " + bytes + "; reads back an equal Entry";
    }

    private static BsonDocument parse(byte[] bytes) {
        try (BsonBinaryReader reader = new BsonBinaryReader(ByteBuffer.wrap(bytes))) {
            return new BsonDocumentCodec().decode(reader, Contenders.DECODE);
        }
    }

    /** The BSON of {@code bytes} as JSON, for messages. */
    public static String json(byte[] bytes) {
        return new RawBsonDocument(bytes).toJson();
    }
}
