package io.djongo.benchmarks.model;

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
 * The practical limit: a {@code Codec<Entry>} written by hand the way a careful developer would,
 * straight against {@link BsonWriter}/{@link BsonReader}, with no helpers and no lenience. It is
 * the "naive" hand-written codec of the issue: it reads each field name as a {@code String} and
 * switches on it, as the generated codec does. It writes the fields in the generated codec's order,
 * so the two must produce the same bytes.
 *
 * <p>It is strict where Djongo is lenient (an int stored as a double is an error here), which is
 * what a hand-written codec usually is.
 */
public final class HandWrittenEntryCodec implements Codec<Entry> {

    @Override
    public void encode(BsonWriter writer, Entry value, EncoderContext context) {
        writer.writeStartDocument();
        if (value.id != null) {
            writer.writeObjectId("_id", value.id);
        }
        writeString(writer, "headline", value.headline);
        writeString(writer, "body", value.body);
        if (value.pubDate == null) {
            writer.writeNull("pubDate");
        } else {
            writer.writeDateTime("pubDate", value.pubDate.toEpochMilli());
        }
        writer.writeInt32("rating", value.rating);
        writer.writeInt64("views", value.views);
        writer.writeDouble("score", value.score);
        writer.writeBoolean("published", value.published);
        if (value.tags == null) {
            writer.writeNull("tags");
        } else {
            writer.writeStartArray("tags");
            for (String tag : value.tags) {
                if (tag == null) {
                    writer.writeNull();
                } else {
                    writer.writeString(tag);
                }
            }
            writer.writeEndArray();
        }
        if (value.blog == null) {
            writer.writeNull("blog");
        } else {
            writer.writeStartDocument("blog");
            writeString(writer, "name", value.blog.name);
            writeString(writer, "tagline", value.blog.tagline);
            writer.writeEndDocument();
        }
        if (value.authors == null) {
            writer.writeNull("authors");
        } else {
            writer.writeStartArray("authors");
            for (Author author : value.authors) {
                if (author == null) {
                    writer.writeNull();
                } else {
                    writer.writeStartDocument();
                    writeString(writer, "name", author.name);
                    writeString(writer, "email", author.email);
                    writer.writeEndDocument();
                }
            }
            writer.writeEndArray();
        }
        if (value.votes == null) {
            writer.writeNull("votes");
        } else {
            writer.writeStartDocument("votes");
            for (Map.Entry<String, Integer> vote : value.votes.entrySet()) {
                if (vote.getValue() == null) {
                    writer.writeNull(vote.getKey());
                } else {
                    writer.writeInt32(vote.getKey(), vote.getValue());
                }
            }
            writer.writeEndDocument();
        }
        writer.writeEndDocument();
    }

    private static void writeString(BsonWriter writer, String name, String value) {
        if (value == null) {
            writer.writeNull(name);
        } else {
            writer.writeString(name, value);
        }
    }

    @Override
    public Entry decode(BsonReader reader, DecoderContext context) {
        Entry entry = new Entry();
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            String name = reader.readName();
            if (reader.getCurrentBsonType() == BsonType.NULL) {
                reader.readNull();
                continue;
            }
            switch (name) {
                case "_id" -> entry.id = reader.readObjectId();
                case "headline" -> entry.headline = reader.readString();
                case "body" -> entry.body = reader.readString();
                case "pubDate" -> entry.pubDate = Instant.ofEpochMilli(reader.readDateTime());
                case "rating" -> entry.rating = reader.readInt32();
                case "views" -> entry.views = reader.readInt64();
                case "score" -> entry.score = reader.readDouble();
                case "published" -> entry.published = reader.readBoolean();
                case "tags" -> entry.tags = readStrings(reader);
                case "blog" -> entry.blog = readBlog(reader);
                case "authors" -> entry.authors = readAuthors(reader);
                case "votes" -> entry.votes = readVotes(reader);
                default -> reader.skipValue();
            }
        }
        reader.readEndDocument();
        return entry;
    }

    private static List<String> readStrings(BsonReader reader) {
        List<String> list = new ArrayList<>();
        reader.readStartArray();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            if (reader.getCurrentBsonType() == BsonType.NULL) {
                reader.readNull();
                list.add(null);
            } else {
                list.add(reader.readString());
            }
        }
        reader.readEndArray();
        return list;
    }

    private static Blog readBlog(BsonReader reader) {
        Blog blog = new Blog();
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            String name = reader.readName();
            if (reader.getCurrentBsonType() == BsonType.NULL) {
                reader.readNull();
                continue;
            }
            switch (name) {
                case "name" -> blog.name = reader.readString();
                case "tagline" -> blog.tagline = reader.readString();
                default -> reader.skipValue();
            }
        }
        reader.readEndDocument();
        return blog;
    }

    private static List<Author> readAuthors(BsonReader reader) {
        List<Author> list = new ArrayList<>();
        reader.readStartArray();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            if (reader.getCurrentBsonType() == BsonType.NULL) {
                reader.readNull();
                list.add(null);
                continue;
            }
            Author author = new Author();
            reader.readStartDocument();
            while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
                String name = reader.readName();
                if (reader.getCurrentBsonType() == BsonType.NULL) {
                    reader.readNull();
                    continue;
                }
                switch (name) {
                    case "name" -> author.name = reader.readString();
                    case "email" -> author.email = reader.readString();
                    default -> reader.skipValue();
                }
            }
            reader.readEndDocument();
            list.add(author);
        }
        reader.readEndArray();
        return list;
    }

    private static Map<String, Integer> readVotes(BsonReader reader) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            String name = reader.readName();
            if (reader.getCurrentBsonType() == BsonType.NULL) {
                reader.readNull();
                votes.put(name, null);
            } else {
                votes.put(name, reader.readInt32());
            }
        }
        reader.readEndDocument();
        return votes;
    }

    @Override
    public Class<Entry> getEncoderClass() {
        return Entry.class;
    }
}
