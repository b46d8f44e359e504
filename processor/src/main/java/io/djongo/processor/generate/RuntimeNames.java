package io.djongo.processor.generate;

import com.palantir.javapoet.ClassName;

/**
 * The runtime and driver types generated code refers to. Named here as strings so the
 * processor never needs the runtime on its own class path.
 */
final class RuntimeNames {
    private RuntimeNames() {}

    static final String CODEC_PACKAGE = "io.djongo.codec";
    static final String META_PACKAGE = "io.djongo.meta";
    static final String QUERY_PACKAGE = "io.djongo.query";

    static final ClassName VALUE_CODEC = ClassName.get(CODEC_PACKAGE, "ValueCodec");
    static final ClassName VALUE_CODECS = ClassName.get(CODEC_PACKAGE, "ValueCodecs");
    static final ClassName BSON_VALUES = ClassName.get(CODEC_PACKAGE, "BsonValues");
    static final ClassName MODEL_CODEC = ClassName.get(CODEC_PACKAGE, "ModelCodec");
    static final ClassName DOCUMENT_CODEC = ClassName.get(CODEC_PACKAGE, "DocumentCodec");

    static final ClassName MODEL_META = ClassName.get(META_PACKAGE, "ModelMeta");
    static final ClassName MODEL_KIND = ClassName.get(META_PACKAGE, "ModelKind");
    static final ClassName FIELD_META = ClassName.get(META_PACKAGE, "FieldMeta");
    static final ClassName FIELD_TYPE = ClassName.get(META_PACKAGE, "FieldType");
    static final ClassName FIELD_KIND = ClassName.get(META_PACKAGE, "FieldKind");
    static final ClassName MODEL_INDEX = ClassName.get(META_PACKAGE, "ModelIndex");

    static final ClassName CONSTRAINT = ClassName.get("io.djongo.validation", "Constraint");
    static final ClassName VIOLATIONS = ClassName.get("io.djongo.validation", "Violations");
    static final ClassName INDEX_SPEC = ClassName.get("io.djongo.schema", "IndexSpec");
    static final ClassName OPERATIONS = ClassName.get("io.djongo.migrations", "Operations");

    static final ClassName REF_PATH = ClassName.get(QUERY_PACKAGE, "RefPath");
    static final ClassName REF_LIST_PATH = ClassName.get(QUERY_PACKAGE, "RefListPath");
    static final ClassName REVERSE_PATH = ClassName.get(QUERY_PACKAGE, "ReversePath");
    static final ClassName QUERY_SET = ClassName.get(QUERY_PACKAGE, "QuerySet");
    static final ClassName DELETED = ClassName.get(QUERY_PACKAGE, "Deleted");
    static final ClassName REFERENCE_CODECS = ClassName.get("io.djongo.relation", "ReferenceCodecs");
    static final ClassName REF = ClassName.get("io.djongo.relation", "Ref");
    static final ClassName THROUGH_PATH = ClassName.get(QUERY_PACKAGE, "ThroughPath");
    static final ClassName THROUGH_MANAGER = ClassName.get("io.djongo.relation", "ThroughManager");
    static final ClassName REF_LIST = ClassName.get("io.djongo.relation", "RefList");
    static final ClassName RELATED_MANAGER = ClassName.get("io.djongo.relation", "RelatedManager");
    static final ClassName RELATION_META = ClassName.get(META_PACKAGE, "RelationMeta");
    static final ClassName ON_DELETE = ClassName.get("io.djongo.annotations", "OnDelete");

    static final ClassName MANAGER = ClassName.get(QUERY_PACKAGE, "Manager");
    static final ClassName PATH = ClassName.get(QUERY_PACKAGE, "Path");
    static final ClassName COMPARABLE_PATH = ClassName.get(QUERY_PACKAGE, "ComparablePath");
    static final ClassName NUMBER_PATH = ClassName.get(QUERY_PACKAGE, "NumberPath");
    static final ClassName DATE_PATH = ClassName.get(QUERY_PACKAGE, "DatePath");
    static final ClassName STRING_PATH = ClassName.get(QUERY_PACKAGE, "StringPath");
    static final ClassName EMBEDDED_PATH = ClassName.get(QUERY_PACKAGE, "EmbeddedPath");
    static final ClassName ARRAY_PATH = ClassName.get(QUERY_PACKAGE, "ArrayPath");
    static final ClassName MODEL_ARRAY_PATH = ClassName.get(QUERY_PACKAGE, "ModelArrayPath");
    static final ClassName MAP_PATH = ClassName.get(QUERY_PACKAGE, "MapPath");

    static final ClassName BSON_WRITER = ClassName.get("org.bson", "BsonWriter");
    static final ClassName BSON_READER = ClassName.get("org.bson", "BsonReader");
    static final ClassName BSON_TYPE = ClassName.get("org.bson", "BsonType");
    static final ClassName BSON_VALUE = ClassName.get("org.bson", "BsonValue");
    static final ClassName ENCODER_CONTEXT = ClassName.get("org.bson.codecs", "EncoderContext");
    static final ClassName DECODER_CONTEXT = ClassName.get("org.bson.codecs", "DecoderContext");
    static final ClassName OBJECT_ID = ClassName.get("org.bson.types", "ObjectId");
    static final ClassName READ_PREFERENCE = ClassName.get("com.mongodb", "ReadPreference");
    static final ClassName READ_CONCERN = ClassName.get("com.mongodb", "ReadConcern");
    static final ClassName WRITE_CONCERN = ClassName.get("com.mongodb", "WriteConcern");
    static final ClassName SIGNALS = ClassName.get("io.djongo.signals", "Signals");
}
