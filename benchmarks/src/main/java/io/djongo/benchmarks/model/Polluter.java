package io.djongo.benchmarks.model;

import java.nio.ByteBuffer;
import org.bson.BsonBinaryReader;
import org.bson.BsonBinaryWriter;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;

/**
 * Runs the generated codec of {@link Other} many times, so that the JIT's type profiles of the
 * runtime helpers shared by all generated codecs (value codecs of lists, maps and scalars) see many
 * value types, as they do in an application with many models.
 */
public final class Polluter {
    private Polluter() {}

    /** Encodes and decodes {@code rounds} instances of {@link Other}; returns a checksum. */
    public static long pollute(int rounds) {
        long checksum = 0;
        EncoderContext encode = EncoderContext.builder().build();
        DecoderContext decode = DecoderContext.builder().build();
        for (int i = 0; i < rounds; i++) {
            Other other = Other.sample(i % 64);
            BasicOutputBuffer buffer = new BasicOutputBuffer(512);
            try (BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
                Other_.Codec.INSTANCE.encode(writer, other, encode);
            }
            try (BsonBinaryReader reader = new BsonBinaryReader(ByteBuffer.wrap(buffer.toByteArray()))) {
                Other read = Other_.Codec.INSTANCE.decode(reader, decode);
                checksum += read.count + read.numbers.size() + read.blogs.size();
            }
        }
        return checksum;
    }
}
