package io.djongo.query;

import io.djongo.codec.ValueCodec;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonValue;

/** A numeric field. */
public class NumberPath<R, V extends Number> extends ComparablePath<R, V> {

    public NumberPath(String name, ValueCodec<V> codec) {
        super(name, codec);
    }

    /** Adds {@code amount} ({@code $inc}); a missing field counts as 0. */
    public Update<R> inc(Number amount) {
        return arithmetic("$inc", "$add", amount);
    }

    /** Multiplies by {@code factor} ({@code $mul}); a missing field counts as 0. */
    public Update<R> mul(Number factor) {
        return arithmetic("$mul", "$multiply", factor);
    }

    private Update<R> arithmetic(String operator, String expression, Number operand) {
        BsonValue literal = F.literal(operand);
        BsonArray operands = new BsonArray();
        operands.add(new BsonDocument("$ifNull", new BsonArray(java.util.List.of(fieldExpression(), new BsonInt32(0)))));
        operands.add(literal);
        return new Update<>(operator, bsonPath(), literal, new BsonDocument(expression, operands));
    }
}
