package io.djongo.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.djongo.benchmarks.model.Author;
import io.djongo.benchmarks.model.Entry;
import io.djongo.benchmarks.model.Entry_;
import io.djongo.benchmarks.model.Fixtures;
import io.djongo.benchmarks.model.ProposedCodecs;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.BsonBinaryReader;
import org.bson.BsonBinaryWriter;
import org.bson.BsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The experiment (the generator's output with the proposed patch) behaves exactly as today's generated
 * codec: same bytes with nulls everywhere, same values, same errors with the same paths.
 */
class ProposedCodecsTest {

    @Test
    void writesAndReadsNullsAsTodaysCodec() {
        Entry entry = Fixtures.entry(3);
        entry.setHeadline(null);
        entry.setPubDate(null);
        entry.setTags(new ArrayList<>(Arrays.asList("a", null)));
        entry.setBlog(null);
        entry.setAuthors(new ArrayList<>(Arrays.asList(new Author("x", null), null)));
        Map<String, Integer> votes = new LinkedHashMap<>();
        votes.put("up", null);
        votes.put("down", 2);
        entry.setVotes(votes);
        byte[] today = bytes(Entry_.Codec.INSTANCE, entry);
        assertArrayEquals(today, bytes(ProposedCodecs.ENTRY, entry));
        assertEquals(entry, read(ProposedCodecs.ENTRY, today));
        entry.setTags(null);
        entry.setAuthors(null);
        entry.setVotes(null);
        assertArrayEquals(bytes(Entry_.Codec.INSTANCE, entry), bytes(ProposedCodecs.ENTRY, entry));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{headline: 5}", "{blog: 5}", "{tags: {a: 1}}", "{tags: [1]}", "{authors: [{name: 1}]}",
            "{authors: [5]}", "{votes: [1]}", "{votes: {a: 'x'}}", "{rating: 'x'}", "{pubDate: 'x'}", "{views: 7}",
            "{score: 2}", "{rating: {$numberLong: '5'}}", "{votes: {a: {$numberLong: '5'}}}", "{headline: {$symbol: 's'}}",
            "{blog: null, tags: null, authors: [null], extra: 1}", "{_id: 'not an id'}", "{published: 1}"})
    void readsOrFailsAsTodaysCodec(String json) {
        byte[] bytes = bytes(new BsonDocumentCodec(), BsonDocument.parse(json));
        assertEquals(outcome(Entry_.Codec.INSTANCE, bytes), outcome(ProposedCodecs.ENTRY, bytes));
    }

    private static String outcome(Codec<Entry> codec, byte[] bytes) {
        try {
            return "read " + read(codec, bytes);
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static <T> byte[] bytes(Codec<T> codec, T value) {
        BasicOutputBuffer buffer = new BasicOutputBuffer();
        try (BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
            codec.encode(writer, value, EncoderContext.builder().build());
        }
        return buffer.toByteArray();
    }

    private static Entry read(Codec<Entry> codec, byte[] bytes) {
        try (BsonBinaryReader reader = new BsonBinaryReader(ByteBuffer.wrap(bytes))) {
            return codec.decode(reader, DecoderContext.builder().build());
        }
    }
}
