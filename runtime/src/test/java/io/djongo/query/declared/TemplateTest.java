package io.djongo.query.declared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.junit.jupiter.api.Test;

/**
 * Templates: the text the processor writes is read into the same BSON, slots take the values of a
 * call, and every render is a document of its own.
 */
class TemplateTest {

    @Test
    void slotsTakeTheValuesOfACall() {
        Template template = Template.parse("{find: 'entry', filter: {'blog.name': {$regex: ?0, $options: 'i'}, rating: {$gte: ?1}}}");

        assertEquals(2, template.slots());
        BsonDocument expected = new BsonDocument("find", new BsonString("entry")).append("filter",
                new BsonDocument("blog.name", new BsonDocument("$regex", new BsonString("^Beat"))
                        .append("$options", new BsonString("i")))
                        .append("rating", new BsonDocument("$gte", new BsonInt32(3))));
        assertEquals(expected, template.render(new BsonString("^Beat"), new BsonInt32(3)));
    }

    /** A {$regex, $options} document stays a document: it is what the typed paths send, not a BSON regular expression. */
    @Test
    void operatorDocumentsAreNotReadAsLegacyExtendedJson() {
        BsonDocument rendered = Template.parse("{headline: {$regex: 'a\\\\z', $options: 'i'}}").render();

        assertTrue(rendered.getDocument("headline").isDocument());
        assertEquals("a\\z", rendered.getDocument("headline").getString("$regex").getValue());
    }

    @Test
    void valuesOfEveryKindAreRead() {
        BsonDocument rendered = Template.parse("{i: -7, l: {$numberLong: '9007199254740993'}, d: 2.5, e: 1.0E10, t: true, "
                + "f: false, n: null, s: 'it\\'s \\u00e9\\n', q: \"double\", a: [1, [2, {x: 3}]], "
                + "date: {$date: '2024-01-01T00:00:00Z'}, id: {$oid: '5f0000000000000000000000'}, "
                + "dec: {$numberDecimal: '1.50'}, nan: {$numberDouble: 'NaN'}, "
                + "uuid: {$binary: {base64: 'AAAAAAAAAAAAAAAAAAAAAA==', subType: '04'}}, empty: {}, none: []}").render();

        assertEquals(BsonDocument.parse("{i: -7, l: {$numberLong: '9007199254740993'}, d: 2.5, e: 1.0E10, t: true, "
                + "f: false, n: null, s: \"it's \\u00e9\\n\", q: 'double', a: [1, [2, {x: 3}]], "
                + "date: {$date: '2024-01-01T00:00:00Z'}, id: {$oid: '5f0000000000000000000000'}, "
                + "dec: {$numberDecimal: '1.50'}, nan: {$numberDouble: 'NaN'}, "
                + "uuid: {$binary: {base64: 'AAAAAAAAAAAAAAAAAAAAAA==', subType: '04'}}, empty: {}, none: []}"), rendered);
        assertEquals(new BsonInt64(9007199254740993L), rendered.get("l"));
    }

    /** Callers may change what they get (the driver does not, but users may): no render shares a container with another. */
    @Test
    void everyRenderIsADocumentOfItsOwn() {
        Template template = Template.parse("{filter: {tags: {$all: ['a', 'b']}, key: {$binary: {base64: 'AQI=', subType: '00'}}}, "
                + "sort: {pub_date: -1}, n: ?0}");
        BsonDocument first = template.render(new BsonInt32(1));
        first.getDocument("filter").getDocument("tags").getArray("$all").clear();
        first.getDocument("filter").getBinary("key").getData()[0] = 9;
        first.getDocument("sort").clear();

        BsonDocument second = template.render(new BsonInt32(1));
        assertEquals(BsonDocument.parse("{filter: {tags: {$all: ['a', 'b']}, key: {$binary: {base64: 'AQI=', subType: '00'}}}, "
                + "sort: {pub_date: -1}, n: 1}"), second);
        assertNotSame(first.get("sort"), second.get("sort"));
    }

    @Test
    void aSlotCanHoldAnyValue() {
        Template template = Template.parse("{q: {a: ?0, b: [?1, ?0]}}");
        BsonArray list = new BsonArray();
        list.add(new BsonString("x"));

        BsonDocument rendered = template.render(new BsonDocument("$eq", new BsonString("v")), list);

        assertEquals(BsonDocument.parse("{q: {a: {$eq: 'v'}, b: [['x'], {$eq: 'v'}]}}"), rendered);
    }

    @Test
    void theNumberOfValuesMustBeTheNumberOfSlots() {
        Template template = Template.parse("{a: ?0, b: ?1}");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> template.render(new BsonInt32(1)));
        assertEquals("the template has 2 slots but 1 values were given: {a: ?0, b: ?1}", error.getMessage());
        assertThrows(NullPointerException.class, () -> template.render(new BsonInt32(1), (BsonValue) null));
    }

    @Test
    void aMalformedTemplateSaysWhere() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Template.parse("{a: ?}"));
        assertEquals("not a template, at character 5: a slot is ? followed by its number, such as ?0: {a: ?}", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Template.parse("{a: 1} x"));
        assertThrows(IllegalArgumentException.class, () -> Template.parse("{a: 'open}"));
        assertThrows(IllegalArgumentException.class, () -> Template.parse("[1]"));
    }

    @Test
    void theTemplateShowsItsText() {
        assertEquals("{a: ?0}", Template.parse("{a: ?0}").toString());
        assertEquals(new BsonBinary(new byte[] {1}), Template.parse("{b: {$binary: {base64: 'AQ==', subType: '00'}}}")
                .render().get("b"));
    }
}
