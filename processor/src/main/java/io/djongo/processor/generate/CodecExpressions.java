package io.djongo.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.djongo.processor.model.FieldModel;
import io.djongo.processor.model.FieldType;
import io.djongo.processor.model.GeneratedNames;
import io.djongo.processor.model.ValueKind;

/**
 * The runtime {@code ValueCodec} of a field type, as an expression: {@code ValueCodecs.STRING},
 * {@code Blog_.Codec.INSTANCE}, {@code ValueCodecs.listOf(Author_.Codec.INSTANCE)}. Codecs, paths and
 * metadata all use it, so a type is encoded the same way everywhere.
 */
final class CodecExpressions {
    private CodecExpressions() {}

    static CodeBlock codec(FieldType type) {
        switch (type.kind()) {
            case ENUM:
                return CodeBlock.of("$T.enumOf($T.class, $T.values())", RuntimeNames.VALUE_CODECS, type.typeName(),
                        type.typeName());
            case EMBEDDED:
                return CodeBlock.of("$T.INSTANCE", GeneratedNames.codec(type.modelClass()));
            case REFERENCE:
                return CodeBlock.of("$T.ref($T.INSTANCE)", RuntimeNames.REFERENCE_CODECS, GeneratedNames.meta(type.modelClass()));
            case REFERENCES:
                return CodeBlock.of("$T.refList($T.INSTANCE)", RuntimeNames.REFERENCE_CODECS,
                        GeneratedNames.meta(type.modelClass()));
            case LIST:
                return CodeBlock.of("$T.listOf($L)", RuntimeNames.VALUE_CODECS, codec(type.element()));
            case SET:
                return CodeBlock.of("$T.setOf($L)", RuntimeNames.VALUE_CODECS, codec(type.element()));
            case MAP:
                return CodeBlock.of("$T.mapOf($L)", RuntimeNames.VALUE_CODECS, codec(type.element()));
            default:
                return CodeBlock.of("$T.$L", RuntimeNames.VALUE_CODECS, type.kind().codecConstant());
        }
    }

    /**
     * The declared default of {@code field} as a value of its Java type: the literal itself, or
     * for a reference {@code Ref.ofId(Category.class, "general")}, whose literal is the target's id.
     */
    static CodeBlock defaultValue(FieldModel field) {
        CodeBlock literal = field.options().defaultValue().javaExpression();
        if (field.type().kind() == ValueKind.REFERENCE) {
            return CodeBlock.of("$T.ofId($T.class, $L)", RuntimeNames.REF, field.type().modelClass(), literal);
        }
        return literal;
    }

    /** {@code ValueCodec<T>} for the (boxed) Java type of {@code type}. */
    static TypeName codecType(FieldType type) {
        return ParameterizedTypeName.get(RuntimeNames.VALUE_CODEC, type.boxed());
    }
}
