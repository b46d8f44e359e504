package io.djongo.benchmarks.contenders;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.morphia.Datastore;
import dev.morphia.Morphia;
import io.djongo.benchmarks.model.DocumentMapping;
import io.djongo.benchmarks.model.Entry;
import io.djongo.benchmarks.model.Entry_;
import io.djongo.benchmarks.model.HandWrittenEntryCodec;
import java.nio.ByteBuffer;
import java.util.List;
import org.bson.BsonBinaryReader;
import org.bson.BsonBinaryWriter;
import org.bson.BsonReader;
import org.bson.BsonWriter;
import org.bson.Document;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.codecs.pojo.PojoCodecProvider;
import org.bson.io.BasicOutputBuffer;
import org.springframework.data.mongodb.core.convert.DefaultMongoTypeMapper;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * Every contender of the codec benchmark, set up the way its users set it up, reduced to the same
 * two operations: write an {@link Entry} with a {@link BsonWriter} and read one from a
 * {@link BsonReader}.
 */
public final class Contenders implements AutoCloseable {
    public static final EncoderContext ENCODE = EncoderContext.builder().build();
    public static final DecoderContext DECODE = DecoderContext.builder().build();

    /** The contenders in report order; the names are the benchmark method suffixes. */
    public static final List<String> NAMES = List.of("handWritten", "djongo", "pojo", "document", "morphia", "spring");

    /** 1. the codec Djongo's processor generated for {@link Entry}. */
    public final Codec<Entry> djongo = Entry_.Codec.INSTANCE;
    /** 2. the hand-written codec: the practical limit. */
    public final Codec<Entry> handWritten = new HandWrittenEntryCodec();
    /** 3. the driver's automatic PojoCodecProvider, with the default registry (java.time codecs). */
    public final Codec<Entry> pojo;
    /** 4. hand mapping through org.bson.Document, encoded by the driver's DocumentCodec. */
    public final Codec<Document> documentCodec;
    /** 5a. Morphia's mapper codec for Entry, from its datastore's codec registry. */
    public final Codec<Entry> morphia;
    /** 5b. Spring Data MongoDB's MappingMongoConverter (Entry to Document), with DocumentCodec for BSON. */
    public final MappingMongoConverter spring;

    private final MongoClient morphiaClient;

    public Contenders() {
        CodecRegistry pojoRegistry = CodecRegistries.fromRegistries(MongoClientSettings.getDefaultCodecRegistry(),
                CodecRegistries.fromProviders(PojoCodecProvider.builder().automatic(true).build()));
        pojo = pojoRegistry.get(Entry.class);
        documentCodec = MongoClientSettings.getDefaultCodecRegistry().get(Document.class);
        // Morphia needs a client to build a datastore; it never connects here (the driver connects lazily).
        morphiaClient = MongoClients.create("mongodb://127.0.0.1:9/?serverSelectionTimeoutMS=1");
        Datastore datastore = Morphia.createDatastore(morphiaClient, "bench");
        morphia = datastore.getCodecRegistry().get(Entry.class);
        spring = springConverter();
    }

    /** The converter as MongoTemplate builds it, without {@code _class} type hints. */
    public static MappingMongoConverter springConverter() {
        MongoCustomConversions conversions = new MongoCustomConversions(List.of());
        MongoMappingContext context = new MongoMappingContext();
        context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        context.afterPropertiesSet();
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
        converter.setCustomConversions(conversions);
        converter.setTypeMapper(new DefaultMongoTypeMapper(null));
        converter.afterPropertiesSet();
        return converter;
    }

    // ---- the two operations of each contender

    public void encode(String contender, BsonWriter writer, Entry entry) {
        switch (contender) {
            case "djongo" -> djongo.encode(writer, entry, ENCODE);
            case "handWritten" -> handWritten.encode(writer, entry, ENCODE);
            case "pojo" -> pojo.encode(writer, entry, ENCODE);
            case "document" -> documentCodec.encode(writer, DocumentMapping.toDocument(entry), ENCODE);
            case "morphia" -> morphia.encode(writer, entry, ENCODE);
            case "spring" -> {
                Document document = new Document();
                spring.write(entry, document);
                documentCodec.encode(writer, document, ENCODE);
            }
            default -> throw new IllegalArgumentException(contender);
        }
    }

    public Entry decode(String contender, BsonReader reader) {
        return switch (contender) {
            case "djongo" -> djongo.decode(reader, DECODE);
            case "handWritten" -> handWritten.decode(reader, DECODE);
            case "pojo" -> pojo.decode(reader, DECODE);
            case "document" -> DocumentMapping.fromDocument(documentCodec.decode(reader, DECODE));
            case "morphia" -> morphia.decode(reader, DECODE);
            case "spring" -> spring.read(Entry.class, documentCodec.decode(reader, DECODE));
            default -> throw new IllegalArgumentException(contender);
        };
    }

    /** The BSON bytes {@code contender} writes for {@code entry}. */
    public byte[] bytes(String contender, Entry entry) {
        BasicOutputBuffer buffer = new BasicOutputBuffer();
        try (BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
            encode(contender, writer, entry);
        }
        return buffer.toByteArray();
    }

    /** The entry {@code contender} reads from {@code bytes}. */
    public Entry read(String contender, byte[] bytes) {
        try (BsonBinaryReader reader = new BsonBinaryReader(ByteBuffer.wrap(bytes))) {
            return decode(contender, reader);
        }
    }

    @Override
    public void close() {
        morphiaClient.close();
    }
}
