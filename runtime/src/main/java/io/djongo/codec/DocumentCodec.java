package io.djongo.codec;

import io.djongo.meta.ModelMeta;
import org.bson.BsonValue;
import org.bson.codecs.CollectibleCodec;

/**
 * The base of the generated codec of a {@code @Model}: a {@link ModelCodec} that also lets the
 * driver read and generate ids, so {@code collection().insertOne(entry)} through the raw driver
 * assigns an {@code ObjectId} the same way {@code Entry.objects().save(entry)} does.
 */
public abstract class DocumentCodec<T> extends ModelCodec<T> implements CollectibleCodec<T> {

    protected DocumentCodec(Class<T> type) {
        super(type);
    }

    /** The model's metadata, which knows how to read and assign its id. */
    protected abstract ModelMeta<T> meta();

    @Override
    public boolean documentHasId(T document) {
        return meta().idValue(document) != null;
    }

    @Override
    public BsonValue getDocumentId(T document) {
        BsonValue id = meta().idValue(document);
        if (id == null) {
            throw new IllegalStateException("this " + meta().name() + " has no id yet");
        }
        return id;
    }

    @Override
    public T generateIdIfAbsentFromDocument(T document) {
        return meta().generatesIds() && meta().idValue(document) == null ? meta().withGeneratedId(document) : document;
    }
}
