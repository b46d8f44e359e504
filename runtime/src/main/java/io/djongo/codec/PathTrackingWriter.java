package io.djongo.codec;

import io.djongo.EncodingException;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonBinary;
import org.bson.BsonDbPointer;
import org.bson.BsonReader;
import org.bson.BsonRegularExpression;
import org.bson.BsonTimestamp;
import org.bson.BsonWriter;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/**
 * A writer that passes everything to another one and keeps track of where it is: the names of
 * the documents and the indexes of the arrays it is inside, so that a value that cannot be written
 * is reported at its path ({@code authors.1.email}). It also refuses to nest deeper than MongoDB
 * stores, which turns an object that contains itself into a clear error instead of a stack overflow.
 */
final class PathTrackingWriter implements BsonWriter {
    /** MongoDB's limit on nested documents and arrays. */
    static final int MAX_DEPTH = 100;

    /** One open document or array: the name being written into it, or the index of its next element. */
    private static final class Frame {
        final boolean array;
        String name;
        int index;

        Frame(boolean array) {
            this.array = array;
        }
    }

    private final BsonWriter delegate;
    private final List<Frame> frames = new ArrayList<>();

    PathTrackingWriter(BsonWriter delegate) {
        this.delegate = delegate;
    }

    /** Where the writer is: {@code blog.name}, {@code tags.2}, or {@code ""} at the top. */
    String path() {
        StringBuilder path = new StringBuilder();
        for (Frame frame : frames) {
            String part = frame.array ? Integer.toString(frame.index) : frame.name;
            if (part == null) {
                break;
            }
            if (path.length() > 0) {
                path.append('.');
            }
            path.append(part);
        }
        return path.toString();
    }

    private void open(boolean array) {
        if (frames.size() >= MAX_DEPTH) {
            throw new EncodingException("the value is nested more than " + MAX_DEPTH + " documents and arrays deep, "
                    + "which MongoDB does not store; does an object contain itself?");
        }
        frames.add(new Frame(array));
    }

    private void close() {
        frames.remove(frames.size() - 1);
        wrote();
    }

    /** A value was written in the innermost document or array. */
    private void wrote() {
        if (frames.isEmpty()) {
            return;
        }
        Frame frame = frames.get(frames.size() - 1);
        if (frame.array) {
            frame.index++;
        } else {
            frame.name = null;
        }
    }

    @Override
    public void writeName(String name) {
        if (!frames.isEmpty()) {
            frames.get(frames.size() - 1).name = name;
        }
        delegate.writeName(name);
    }

    @Override
    public void writeStartDocument() {
        open(false);
        delegate.writeStartDocument();
    }

    @Override
    public void writeEndDocument() {
        delegate.writeEndDocument();
        close();
    }

    @Override
    public void writeStartArray() {
        open(true);
        delegate.writeStartArray();
    }

    @Override
    public void writeEndArray() {
        delegate.writeEndArray();
        close();
    }

    @Override
    public void writeStartDocument(String name) {
        writeName(name);
        writeStartDocument();
    }

    @Override
    public void writeStartArray(String name) {
        writeName(name);
        writeStartArray();
    }

    @Override
    public void flush() {
        delegate.flush();
    }

    @Override
    public void pipe(BsonReader reader) {
        delegate.pipe(reader);
        wrote();
    }

    @Override
    public void writeBinaryData(BsonBinary binary) {
        delegate.writeBinaryData(binary);
        wrote();
    }

    @Override
    public void writeBinaryData(String name, BsonBinary binary) {
        writeName(name);
        writeBinaryData(binary);
    }

    @Override
    public void writeBoolean(boolean value) {
        delegate.writeBoolean(value);
        wrote();
    }

    @Override
    public void writeBoolean(String name, boolean value) {
        writeName(name);
        writeBoolean(value);
    }

    @Override
    public void writeDateTime(long value) {
        delegate.writeDateTime(value);
        wrote();
    }

    @Override
    public void writeDateTime(String name, long value) {
        writeName(name);
        writeDateTime(value);
    }

    @Override
    public void writeDBPointer(BsonDbPointer value) {
        delegate.writeDBPointer(value);
        wrote();
    }

    @Override
    public void writeDBPointer(String name, BsonDbPointer value) {
        writeName(name);
        writeDBPointer(value);
    }

    @Override
    public void writeDouble(double value) {
        delegate.writeDouble(value);
        wrote();
    }

    @Override
    public void writeDouble(String name, double value) {
        writeName(name);
        writeDouble(value);
    }

    @Override
    public void writeInt32(int value) {
        delegate.writeInt32(value);
        wrote();
    }

    @Override
    public void writeInt32(String name, int value) {
        writeName(name);
        writeInt32(value);
    }

    @Override
    public void writeInt64(long value) {
        delegate.writeInt64(value);
        wrote();
    }

    @Override
    public void writeInt64(String name, long value) {
        writeName(name);
        writeInt64(value);
    }

    @Override
    public void writeDecimal128(Decimal128 value) {
        delegate.writeDecimal128(value);
        wrote();
    }

    @Override
    public void writeDecimal128(String name, Decimal128 value) {
        writeName(name);
        writeDecimal128(value);
    }

    @Override
    public void writeJavaScript(String code) {
        delegate.writeJavaScript(code);
        wrote();
    }

    @Override
    public void writeJavaScript(String name, String code) {
        writeName(name);
        writeJavaScript(code);
    }

    @Override
    public void writeJavaScriptWithScope(String code) {
        open(false); // the scope document follows
        delegate.writeJavaScriptWithScope(code);
    }

    @Override
    public void writeJavaScriptWithScope(String name, String code) {
        writeName(name);
        writeJavaScriptWithScope(code);
    }

    @Override
    public void writeMaxKey() {
        delegate.writeMaxKey();
        wrote();
    }

    @Override
    public void writeMaxKey(String name) {
        writeName(name);
        writeMaxKey();
    }

    @Override
    public void writeMinKey() {
        delegate.writeMinKey();
        wrote();
    }

    @Override
    public void writeMinKey(String name) {
        writeName(name);
        writeMinKey();
    }

    @Override
    public void writeNull() {
        delegate.writeNull();
        wrote();
    }

    @Override
    public void writeNull(String name) {
        writeName(name);
        writeNull();
    }

    @Override
    public void writeObjectId(ObjectId value) {
        delegate.writeObjectId(value);
        wrote();
    }

    @Override
    public void writeObjectId(String name, ObjectId value) {
        writeName(name);
        writeObjectId(value);
    }

    @Override
    public void writeRegularExpression(BsonRegularExpression value) {
        delegate.writeRegularExpression(value);
        wrote();
    }

    @Override
    public void writeRegularExpression(String name, BsonRegularExpression value) {
        writeName(name);
        writeRegularExpression(value);
    }

    @Override
    public void writeString(String value) {
        delegate.writeString(value);
        wrote();
    }

    @Override
    public void writeString(String name, String value) {
        writeName(name);
        writeString(value);
    }

    @Override
    public void writeSymbol(String value) {
        delegate.writeSymbol(value);
        wrote();
    }

    @Override
    public void writeSymbol(String name, String value) {
        writeName(name);
        writeSymbol(value);
    }

    @Override
    public void writeTimestamp(BsonTimestamp value) {
        delegate.writeTimestamp(value);
        wrote();
    }

    @Override
    public void writeTimestamp(String name, BsonTimestamp value) {
        writeName(name);
        writeTimestamp(value);
    }

    @Override
    public void writeUndefined() {
        delegate.writeUndefined();
        wrote();
    }

    @Override
    public void writeUndefined(String name) {
        writeName(name);
        writeUndefined();
    }
}
