package io.djongo.benchmarks.model;

import io.djongo.DecodingException;
import io.djongo.benchmarks.proposed.Reads;
import io.djongo.codec.BsonValues;
import io.djongo.codec.ValueCodecs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

/**
 * An experiment, not a contender of the issue: {@code Entry_.Codec}, {@code Blog_.Codec} and
 * {@code Author_.Codec} exactly as {@code CodecGenerator} generates them with the patch in
 * {@code benchmarks/proposals/codec-generator.patch} (pasted from its output), so that the proposal is
 * measured in the same run as what is generated today. Only what the current runtime lacks is
 * replaced: {@code BsonValues.isNull}/{@code checkKey} (added by {@code proposals/bson-values.patch})
 * by {@link Reads}, and {@code ModelCodec.decodingFailure} by {@link Reads#failure}. The differences
 * from today's generated code:
 * <ol>
 *   <li>field names are dispatched by {@code fieldIndex(key)}, on their length and then {@code equals},
 *       instead of a string {@code switch} that first computes the hash code of every freshly read name;</li>
 *   <li>strings, ObjectIds, dates and boxed numbers are read and written with the reader's and writer's
 *       own methods when the BSON type is the expected one, falling back to today's value codec (null,
 *       lenient conversions, errors), instead of {@code ValueCodecs.X}, whose {@code ScalarCodec} lambda
 *       call sites are shared by every scalar type of the application and so become megamorphic;</li>
 *   <li>lists, sets and maps are read and written by loops generated per field, instead of
 *       {@code CollectionCodec}/{@code MapCodec}, whose element and {@code iterator()} call sites are
 *       shared by every collection of every model;</li>
 *   <li>nested models are called through their codec's own {@code encode}/{@code decode} on its final
 *       class, not through the {@code ValueCodec} default methods and the erased bridge.</li>
 * </ol>
 * The BSON written and every error message are the same as today's.
 */
public final class ProposedCodecs {
    private ProposedCodecs() {}

    public static final Codec<Entry> ENTRY = new EntryCodec();
    static final BlogCodec BLOG = new BlogCodec();
    static final AuthorCodec AUTHOR = new AuthorCodec();

    /** Entry_.Codec as the patched generator writes it. */
    static final class EntryCodec implements Codec<Entry> {
        @Override
        public void encode(BsonWriter writer, Entry value, EncoderContext context) {
            writer.writeStartDocument();
            if (value.id != null) {
                writer.writeObjectId("_id", value.id);
            }
            {
                String item = value.headline;
                if (item == null) {
                    writer.writeNull("headline");
                } else {
                    writer.writeString("headline", item);
                }
            }
            {
                String item = value.body;
                if (item == null) {
                    writer.writeNull("body");
                } else {
                    writer.writeString("body", item);
                }
            }
            {
                Instant item = value.pubDate;
                if (item == null) {
                    writer.writeNull("pubDate");
                } else {
                    writer.writeDateTime("pubDate", item.toEpochMilli());
                }
            }
            writer.writeInt32("rating", value.rating);
            writer.writeInt64("views", value.views);
            writer.writeDouble("score", value.score);
            writer.writeBoolean("published", value.published);
            writer.writeName("tags");
            writeTags(writer, value.tags, context);
            {
                Blog item = value.blog;
                writer.writeName("blog");
                if (item == null) {
                    writer.writeNull();
                } else {
                    BLOG.encode(writer, item, context);
                }
            }
            writer.writeName("authors");
            writeAuthors(writer, value.authors, context);
            writer.writeName("votes");
            writeVotes(writer, value.votes, context);
            writer.writeEndDocument();
        }

        /**
         * The index of the field stored under {@code key}, or -1; by length first, so no hash code is computed.
         */
        private static int fieldIndex(String key) {
            switch (key.length()) {
                case 3:
                    if (key.equals("_id")) {
                        return 0;
                    }
                    return -1;
                case 4:
                    if (key.equals("body")) {
                        return 2;
                    }
                    if (key.equals("tags")) {
                        return 8;
                    }
                    if (key.equals("blog")) {
                        return 9;
                    }
                    return -1;
                case 5:
                    if (key.equals("views")) {
                        return 5;
                    }
                    if (key.equals("score")) {
                        return 6;
                    }
                    if (key.equals("votes")) {
                        return 11;
                    }
                    return -1;
                case 6:
                    if (key.equals("rating")) {
                        return 4;
                    }
                    return -1;
                case 7:
                    if (key.equals("pubDate")) {
                        return 3;
                    }
                    if (key.equals("authors")) {
                        return 10;
                    }
                    return -1;
                case 8:
                    if (key.equals("headline")) {
                        return 1;
                    }
                    return -1;
                case 9:
                    if (key.equals("published")) {
                        return 7;
                    }
                    return -1;
                default:
                    return -1;
            }
        }

        @Override
        public Entry decode(BsonReader reader, DecoderContext context) {
            Entry value = new Entry();
            reader.readStartDocument();
            while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
                String key = reader.readName();
                try {
                    switch (fieldIndex(key)) {
                        case 0 -> value.id = reader.getCurrentBsonType() == BsonType.OBJECT_ID ? reader.readObjectId() : ValueCodecs.OBJECT_ID.decodeNullable(reader, context);
                        case 1 -> value.headline = reader.getCurrentBsonType() == BsonType.STRING ? reader.readString() : ValueCodecs.STRING.decodeNullable(reader, context);
                        case 2 -> value.body = reader.getCurrentBsonType() == BsonType.STRING ? reader.readString() : ValueCodecs.STRING.decodeNullable(reader, context);
                        case 3 -> value.pubDate = reader.getCurrentBsonType() == BsonType.DATE_TIME ? Instant.ofEpochMilli(reader.readDateTime()) : ValueCodecs.INSTANT.decodeNullable(reader, context);
                        case 4 -> value.rating = BsonValues.readInt(reader);
                        case 5 -> value.views = BsonValues.readLong(reader);
                        case 6 -> value.score = BsonValues.readDouble(reader);
                        case 7 -> value.published = BsonValues.readBoolean(reader);
                        case 8 -> value.tags = readTags(reader, context);
                        case 9 -> value.blog = Reads.isNull(reader) ? null : BLOG.decode(reader, context);
                        case 10 -> value.authors = readAuthors(reader, context);
                        case 11 -> value.votes = readVotes(reader, context);
                        default -> reader.skipValue();
                    }
                } catch (RuntimeException e) {
                    throw Reads.failure("Entry", key, e);
                }
            }
            reader.readEndDocument();
            return value;
        }

        private static void writeTags(BsonWriter writer, List<String> items, EncoderContext context) {
            if (items == null) {
                writer.writeNull();
                return;
            }
            writer.writeStartArray();
            for (String item : items) {
                if (item == null) {
                    writer.writeNull();
                } else {
                    writer.writeString(item);
                }
            }
            writer.writeEndArray();
        }

        private static List<String> readTags(BsonReader reader, DecoderContext context) {
            BsonType type = reader.getCurrentBsonType();
            if (type == BsonType.NULL) {
                reader.readNull();
                return null;
            }
            if (type == BsonType.UNDEFINED) {
                reader.readUndefined();
                return null;
            }
            if (type != BsonType.ARRAY) {
                throw BsonValues.unexpected(type, "an array");
            }
            List<String> result = new ArrayList<>();
            reader.readStartArray();
            for (int index = 0; reader.readBsonType() != BsonType.END_OF_DOCUMENT; index++) {
                try {
                    result.add(reader.getCurrentBsonType() == BsonType.STRING ? reader.readString() : ValueCodecs.STRING.decodeNullable(reader, context));
                } catch (DecodingException e) {
                    // the path goes on through the index: authors.1.email
                    throw e.at(e.model(), Integer.toString(index));
                }
            }
            reader.readEndArray();
            return result;
        }

        private static void writeAuthors(BsonWriter writer, List<Author> items,
                EncoderContext context) {
            if (items == null) {
                writer.writeNull();
                return;
            }
            writer.writeStartArray();
            for (Author item : items) {
                if (item == null) {
                    writer.writeNull();
                } else {
                    AUTHOR.encode(writer, item, context);
                }
            }
            writer.writeEndArray();
        }

        private static List<Author> readAuthors(BsonReader reader, DecoderContext context) {
            BsonType type = reader.getCurrentBsonType();
            if (type == BsonType.NULL) {
                reader.readNull();
                return null;
            }
            if (type == BsonType.UNDEFINED) {
                reader.readUndefined();
                return null;
            }
            if (type != BsonType.ARRAY) {
                throw BsonValues.unexpected(type, "an array");
            }
            List<Author> result = new ArrayList<>();
            reader.readStartArray();
            for (int index = 0; reader.readBsonType() != BsonType.END_OF_DOCUMENT; index++) {
                try {
                    result.add(Reads.isNull(reader) ? null : AUTHOR.decode(reader, context));
                } catch (DecodingException e) {
                    // the path goes on through the index: authors.1.email
                    throw e.at(e.model(), Integer.toString(index));
                }
            }
            reader.readEndArray();
            return result;
        }

        private static void writeVotes(BsonWriter writer, Map<String, Integer> items,
                EncoderContext context) {
            if (items == null) {
                writer.writeNull();
                return;
            }
            writer.writeStartDocument();
            for (Map.Entry<String, Integer> entry : items.entrySet()) {
                writer.writeName(Reads.checkKey(entry.getKey()));
                Integer item = entry.getValue();
                if (item == null) {
                    writer.writeNull();
                } else {
                    writer.writeInt32(item);
                }
            }
            writer.writeEndDocument();
        }

        private static Map<String, Integer> readVotes(BsonReader reader, DecoderContext context) {
            BsonType type = reader.getCurrentBsonType();
            if (type == BsonType.NULL) {
                reader.readNull();
                return null;
            }
            if (type == BsonType.UNDEFINED) {
                reader.readUndefined();
                return null;
            }
            if (type != BsonType.DOCUMENT) {
                throw BsonValues.unexpected(type, "a document");
            }
            Map<String, Integer> result = new LinkedHashMap<>();
            reader.readStartDocument();
            while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
                String key = reader.readName();
                try {
                    result.put(key, reader.getCurrentBsonType() == BsonType.INT32 ? Integer.valueOf(reader.readInt32()) : ValueCodecs.INT.decodeNullable(reader, context));
                } catch (DecodingException e) {
                    // the path goes on through the key: votes.up
                    throw e.at(e.model(), key);
                }
            }
            reader.readEndDocument();
            return result;
        }

        @Override
        public Class<Entry> getEncoderClass() {
            return Entry.class;
        }
    }

    /** Blog_.Codec as the patched generator writes it. */
    static final class BlogCodec implements Codec<Blog> {
        @Override
        public void encode(BsonWriter writer, Blog value, EncoderContext context) {
            writer.writeStartDocument();
            {
                String item = value.name;
                if (item == null) {
                    writer.writeNull("name");
                } else {
                    writer.writeString("name", item);
                }
            }
            {
                String item = value.tagline;
                if (item == null) {
                    writer.writeNull("tagline");
                } else {
                    writer.writeString("tagline", item);
                }
            }
            writer.writeEndDocument();
        }

        /**
         * The index of the field stored under {@code key}, or -1; by length first, so no hash code is computed.
         */
        private static int fieldIndex(String key) {
            switch (key.length()) {
                case 4:
                    if (key.equals("name")) {
                        return 0;
                    }
                    return -1;
                case 7:
                    if (key.equals("tagline")) {
                        return 1;
                    }
                    return -1;
                default:
                    return -1;
            }
        }

        @Override
        public Blog decode(BsonReader reader, DecoderContext context) {
            Blog value = new Blog();
            reader.readStartDocument();
            while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
                String key = reader.readName();
                try {
                    switch (fieldIndex(key)) {
                        case 0 -> value.name = reader.getCurrentBsonType() == BsonType.STRING ? reader.readString() : ValueCodecs.STRING.decodeNullable(reader, context);
                        case 1 -> value.tagline = reader.getCurrentBsonType() == BsonType.STRING ? reader.readString() : ValueCodecs.STRING.decodeNullable(reader, context);
                        default -> reader.skipValue();
                    }
                } catch (RuntimeException e) {
                    throw Reads.failure("Blog", key, e);
                }
            }
            reader.readEndDocument();
            return value;
        }

        @Override
        public Class<Blog> getEncoderClass() {
            return Blog.class;
        }
    }

    /** Author_.Codec as the patched generator writes it. */
    static final class AuthorCodec implements Codec<Author> {
        @Override
        public void encode(BsonWriter writer, Author value, EncoderContext context) {
            writer.writeStartDocument();
            {
                String item = value.name;
                if (item == null) {
                    writer.writeNull("name");
                } else {
                    writer.writeString("name", item);
                }
            }
            {
                String item = value.email;
                if (item == null) {
                    writer.writeNull("email");
                } else {
                    writer.writeString("email", item);
                }
            }
            writer.writeEndDocument();
        }

        /**
         * The index of the field stored under {@code key}, or -1; by length first, so no hash code is computed.
         */
        private static int fieldIndex(String key) {
            switch (key.length()) {
                case 4:
                    if (key.equals("name")) {
                        return 0;
                    }
                    return -1;
                case 5:
                    if (key.equals("email")) {
                        return 1;
                    }
                    return -1;
                default:
                    return -1;
            }
        }

        @Override
        public Author decode(BsonReader reader, DecoderContext context) {
            Author value = new Author();
            reader.readStartDocument();
            while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
                String key = reader.readName();
                try {
                    switch (fieldIndex(key)) {
                        case 0 -> value.name = reader.getCurrentBsonType() == BsonType.STRING ? reader.readString() : ValueCodecs.STRING.decodeNullable(reader, context);
                        case 1 -> value.email = reader.getCurrentBsonType() == BsonType.STRING ? reader.readString() : ValueCodecs.STRING.decodeNullable(reader, context);
                        default -> reader.skipValue();
                    }
                } catch (RuntimeException e) {
                    throw Reads.failure("Author", key, e);
                }
            }
            reader.readEndDocument();
            return value;
        }

        @Override
        public Class<Author> getEncoderClass() {
            return Author.class;
        }
    }
}
