package io.djongo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mongodb.client.model.Filters;
import io.djongo.it.model.Review;
import io.djongo.it.model.Review_;
import io.djongo.it.support.TestDatabase;
import io.djongo.query.Filter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Django's string lookups. Values are literal text: every regular-expression metacharacter in
 * them must match itself, on every server's regex engine (PCRE, RE2, java.util.regex).
 */
class StringLookupTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    static final List<String> TITLES = List.of(
            "a.b*c", "axbbbc", "(x)+[y]{2}?", "xy", "^caret$", "caret", "C:\\dir\\file", "pipe|or", "50% off",
            "Beatles", "BEATLES forever", "the beatles", "Straße", "Über alles", "new\nline", "tab\there", "dollar $5", "");

    @BeforeEach
    void reviews() {
        for (String title : TITLES) {
            new Review(title, null).save();
        }
    }

    private static Set<String> found(Filter<Review> filter) {
        return new TreeSet<>(Review_.objects().filter(filter).list().stream().map(r -> r.title).toList());
    }

    private static Set<String> set(String... titles) {
        return new TreeSet<>(List.of(titles));
    }

    @Test
    void metacharactersAreMatchedLiterally() {
        assertEquals(set("a.b*c"), found(Review_.title.eq("a.b*c")));
        assertEquals(set("a.b*c"), found(Review_.title.startsWith("a.b*")));
        assertEquals(set("a.b*c"), found(Review_.title.contains(".b*")));
        assertEquals(set("(x)+[y]{2}?"), found(Review_.title.startsWith("(x)+")));
        assertEquals(set("(x)+[y]{2}?"), found(Review_.title.endsWith("[y]{2}?")));
        assertEquals(set("(x)+[y]{2}?"), found(Review_.title.contains(")+[y]{")));
        assertEquals(set("^caret$"), found(Review_.title.startsWith("^caret")));
        assertEquals(set("^caret$"), found(Review_.title.endsWith("caret$")));
        assertEquals(set("^caret$"), found(Review_.title.iExact("^CARET$")));
        assertEquals(set("C:\\dir\\file"), found(Review_.title.contains("\\dir\\")));
        assertEquals(set("C:\\dir\\file"), found(Review_.title.iEndsWith("\\FILE")));
        assertEquals(set("pipe|or"), found(Review_.title.contains("e|o")));
        assertEquals(set("50% off"), found(Review_.title.startsWith("50%")));
        assertEquals(set("dollar $5"), found(Review_.title.endsWith("$5")));
        assertEquals(set(), found(Review_.title.contains("a.c")), "'.' is not a wildcard");
        assertEquals(set(), found(Review_.title.contains("b*c").and(Review_.title.ne("a.b*c"))), "'*' is not a repeat");
    }

    @Test
    void caseInsensitiveLookups() {
        assertEquals(set("Beatles", "BEATLES forever"), found(Review_.title.iStartsWith("beatles")));
        assertEquals(set("Beatles", "the beatles"), found(Review_.title.iEndsWith("BEATLES")));
        assertEquals(set("Beatles", "BEATLES forever", "the beatles"), found(Review_.title.iContains("bEaTlEs")));
        assertEquals(set("Beatles"), found(Review_.title.iExact("beatles")));
        assertEquals(set("Beatles"), found(Review_.title.startsWith("Beat")));
        assertEquals(set("the beatles"), found(Review_.title.endsWith("beatles")));
        assertEquals(set("Beatles", "BEATLES forever", "the beatles"), found(Review_.title.iContains("beatles")));
    }

    @Test
    void whitespaceAndNonAsciiAreLiteralToo() {
        assertEquals(set("new\nline"), found(Review_.title.contains("w\nl")));
        assertEquals(set("tab\there"), found(Review_.title.startsWith("tab\t")));
        assertEquals(set("Straße"), found(Review_.title.endsWith("aße")));
        assertEquals(set("Straße"), found(Review_.title.iExact("straße")));
        assertEquals(set("Über alles"), found(Review_.title.iStartsWith("über")), "case folding beyond ASCII");
    }

    /**
     * In PCRE (MongoDB) and java.util.regex (mongo-java-server) a final {@code $} also matches
     * before a trailing newline, so {@code "abc$"} matches {@code "abc\n"}. Django's
     * {@code endswith}/{@code iexact} are exact: "ends\n" does not end with "ends". The anchor
     * {@code \z} means "end of input" in PCRE, RE2 and java.util.regex alike, as the first
     * assertion (a raw driver filter) shows on the server at hand.
     */
    @Test
    void endAnchoredLookupsDoNotMatchBeforeATrailingNewline() {
        new Review("ends\n", null).save();
        assertEquals(set(), found(Filter.raw(Filters.regex("title", "^ends\\z"))), "\\z anchors at the very end");
        assertEquals(set("Beatles"), found(Filter.raw(Filters.regex("title", "^Beatles\\z"))));

        assertEquals(set(), found(Review_.title.endsWith("ends")));
        assertEquals(set(), found(Review_.title.iEndsWith("ENDS")));
        assertEquals(set(), found(Review_.title.iExact("ends")));
        assertEquals(set("ends\n"), found(Review_.title.endsWith("ends\n")));
        assertEquals(set("ends\n"), found(Review_.title.iExact("ENDS\n")));
    }

    @Test
    void emptyValues() {
        assertEquals(Set.copyOf(TITLES), found(Review_.title.startsWith("")));
        assertEquals(set(""), found(Review_.title.iExact("")));
        assertEquals(set(""), found(Review_.title.eq("")));
    }
}
