package io.djongo.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.benchmarks.contenders.Contenders;
import io.djongo.benchmarks.contenders.Verification;
import io.djongo.benchmarks.model.Entry;
import io.djongo.benchmarks.model.Fixtures;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every contender writes the hand-written codec's document and reads back an equal entry. */
class ContendersTest {

    @Test
    void everyContenderWritesTheSameDocumentAndReadsBackAnEqualEntry() {
        try (Contenders contenders = new Contenders()) {
            List<String> report = Verification.verify(contenders);
            report.forEach(System.out::println);
            assertEquals(Contenders.NAMES.size(), report.size());
        }
    }

    @Test
    void generatedCodecWritesExactlyTheHandWrittenBytes() {
        try (Contenders contenders = new Contenders()) {
            for (int i = 0; i < 20; i++) {
                Entry entry = Fixtures.entry(i);
                assertTrue(Arrays.equals(contenders.bytes("handWritten", entry), contenders.bytes("djongo", entry)),
                        () -> Verification.json(contenders.bytes("djongo", entry)));
            }
        }
    }

    @Test
    void benchmarkEntryHasTheSizeTheIssueAsksFor() {
        Entry entry = Fixtures.entry();
        assertEquals(40, entry.getHeadline().length());
        assertEquals(500, entry.getBody().length());
        assertEquals(5, entry.getTags().size());
        assertEquals(3, entry.getAuthors().size());
        assertEquals(3, entry.getVotes().size());
    }
}
