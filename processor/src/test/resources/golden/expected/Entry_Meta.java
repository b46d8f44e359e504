package com.example.blog;

import io.djongo.codec.ValueCodecs;
import io.djongo.meta.FieldKind;
import io.djongo.meta.FieldMeta;
import io.djongo.meta.FieldType;
import io.djongo.meta.ModelKind;
import io.djongo.meta.ModelMeta;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.annotation.processing.Generated;
import org.bson.BsonValue;
import org.bson.types.ObjectId;

/**
 * The metadata of {@link Entry}.
 */
@Generated("io.djongo.processor.DjongoProcessor")
public final class Entry_Meta extends ModelMeta<Entry> {
    public static final Entry_Meta INSTANCE = new Entry_Meta();

    private Entry_Meta() {
        super(Entry.class, ModelKind.MODEL, "entry");
    }

    @Override
    protected List<FieldMeta> declareFields() {
        return List.of(
                FieldMeta.of("id", "_id", FieldType.scalar(FieldKind.OBJECT_ID, ObjectId.class)).asId(),
                FieldMeta.of("blog", "blog", FieldType.model(Blog.class, () -> Blog_Meta.INSTANCE)),
                FieldMeta.of("headline", "headline", FieldType.scalar(FieldKind.STRING, String.class)).withMaxLength(255),
                FieldMeta.of("authors", "authors", FieldType.list(FieldType.model(Author.class, () -> Author_Meta.INSTANCE))),
                FieldMeta.of("tags", "tags", FieldType.list(FieldType.scalar(FieldKind.STRING, String.class))),
                FieldMeta.of("rating", "rating", FieldType.scalar(FieldKind.INT, int.class)),
                FieldMeta.of("pubDate", "pub_date", FieldType.scalar(FieldKind.INSTANT, Instant.class)).withIndexed(true),
                FieldMeta.of("status", "status", FieldType.enumType(Status.class, Status.values())),
                FieldMeta.of("reactions", "reactions", FieldType.map(FieldType.scalar(FieldKind.INT, Integer.class))),
                FieldMeta.of("slug", "slug", FieldType.scalar(FieldKind.STRING, String.class)).withUnique(true),
                FieldMeta.of("readers", "readers", FieldType.set(FieldType.scalar(FieldKind.UUID, UUID.class))),
                FieldMeta.of("price", "price", FieldType.scalar(FieldKind.DECIMAL, BigDecimal.class)),
                FieldMeta.of("comments", "comments", FieldType.list(FieldType.model(Comment.class, () -> Comment_Meta.INSTANCE))));
    }

    @Override
    public Entry_Codec codec() {
        return Entry_Codec.INSTANCE;
    }

    @Override
    public BsonValue idValue(Entry instance) {
        ObjectId id = instance.id;
        return id == null ? null : ValueCodecs.OBJECT_ID.toBsonValue(id);
    }

    @Override
    public boolean generatesIds() {
        return true;
    }

    @Override
    public Entry withGeneratedId(Entry instance) {
        instance.id = new ObjectId();
        return instance;
    }
}
