package io.djongo.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.djongo.processor.model.Access;
import io.djongo.processor.model.Creator;
import io.djongo.processor.model.FieldModel;
import io.djongo.processor.model.FieldType;
import io.djongo.processor.model.ModelClass;
import io.djongo.processor.model.ModelKind;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code Foo_.Codec}: a BSON codec that writes and reads every field directly, with no
 * reflection and no intermediate document. Unknown document fields are skipped on read; a value
 * that cannot be read fails with the model and field named.
 */
public final class CodecGenerator {

    /** {@code Entry_.Codec}, nested in the model's companion. */
    public TypeSpec generate(ModelClass model) {
        ClassName codec = model.codecName();
        ClassName modelType = model.className();
        TypeSpec.Builder type = TypeSpec.classBuilder(codec)
                .addJavadoc("The BSON codec of {@link $T}.\n", modelType)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(
                        model.kind() == ModelKind.MODEL ? RuntimeNames.DOCUMENT_CODEC : RuntimeNames.MODEL_CODEC, modelType));

        // INSTANCE comes first and the constructor touches nothing else, so class initialization
        // never waits on another codec: codecs of models that contain each other stay safe.
        type.addField(FieldSpec.builder(codec, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T()", codec)
                .build());
        for (FieldModel field : model.fields()) {
            addCodecHolder(type, field);
        }
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addStatement("super($T.class)", modelType)
                .build());
        if (model.kind() == ModelKind.MODEL) {
            type.addMethod(MethodSpec.methodBuilder("meta")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PROTECTED)
                    .returns(ParameterizedTypeName.get(RuntimeNames.MODEL_META, modelType))
                    .addStatement("return $T.INSTANCE", model.metaName())
                    .build());
        }
        type.addMethod(encode(model));
        type.addMethod(decode(model));
        return type.build();
    }

    // ---- codecs of container and enum fields

    /** How a field's value codec is reached inside the codec. */
    private enum Holder {
        /** Primitive fields are written with the writer's own methods. */
        PRIMITIVE,
        /** {@code ValueCodecs.STRING} or {@code Blog_.Codec.INSTANCE}, used in place. */
        INLINE,
        /** A static constant, built once: enums and containers of scalars. */
        CONSTANT,
        /** Created on first use, because it refers to another model's codec. */
        LAZY
    }

    private static Holder holder(FieldType type) {
        if (type.isPrimitive()) {
            return Holder.PRIMITIVE;
        }
        if (type.kind().isScalar() || type.kind() == io.djongo.processor.model.ValueKind.EMBEDDED) {
            return Holder.INLINE;
        }
        return type.containsModel() ? Holder.LAZY : Holder.CONSTANT;
    }

    private static String constantName(FieldModel field) {
        return field.name().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT) + "_CODEC";
    }

    private static String lazyName(FieldModel field) {
        return field.name() + "Codec";
    }

    private static void addCodecHolder(TypeSpec.Builder type, FieldModel field) {
        switch (holder(field.type())) {
            case CONSTANT:
                type.addField(FieldSpec.builder(CodecExpressions.codecType(field.type()), constantName(field),
                                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer(CodecExpressions.codec(field.type()))
                        .build());
                break;
            case LAZY:
                type.addField(FieldSpec.builder(CodecExpressions.codecType(field.type()), lazyName(field), Modifier.PRIVATE)
                        .build());
                type.addMethod(MethodSpec.methodBuilder(lazyName(field))
                        .addJavadoc("Created on first use: the element codec may belong to a model that contains this one.\n")
                        .addModifiers(Modifier.PRIVATE)
                        .returns(CodecExpressions.codecType(field.type()))
                        .addStatement("$T codec = $N", CodecExpressions.codecType(field.type()), lazyName(field))
                        .beginControlFlow("if (codec == null)")
                        .addStatement("codec = $L", CodecExpressions.codec(field.type()))
                        .addStatement("$N = codec", lazyName(field))
                        .endControlFlow()
                        .addStatement("return codec")
                        .build());
                break;
            default:
                break;
        }
    }

    /** The expression of the value codec of {@code field}; not for primitives. */
    private static CodeBlock codecOf(FieldModel field) {
        switch (holder(field.type())) {
            case CONSTANT:
                return CodeBlock.of("$N", constantName(field));
            case LAZY:
                return CodeBlock.of("$N()", lazyName(field));
            default:
                return CodecExpressions.codec(field.type());
        }
    }

    // ---- encode

    private static MethodSpec encode(ModelClass model) {
        Locals locals = new Locals(model);
        MethodSpec.Builder method = MethodSpec.methodBuilder("encode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(RuntimeNames.BSON_WRITER, locals.writer)
                .addParameter(model.className(), locals.value)
                .addParameter(RuntimeNames.ENCODER_CONTEXT, locals.context)
                .addStatement("$N.writeStartDocument()", locals.writer);
        for (FieldModel field : model.fields()) {
            String read = field.access().read(locals.value);
            if (field.type().isPrimitive()) {
                method.addStatement("$N.$L($S, $L)", locals.writer, primitiveWrite(field.type()), field.bsonName(),
                        field.type().kind() == io.djongo.processor.model.ValueKind.CHAR ? "String.valueOf(" + read + ")" : read);
            } else if (field.id()) {
                // A missing id is left out, so the server or Manager.save assigns one.
                method.beginControlFlow("if ($L != null)", read)
                        .addStatement("$N.writeName($S)", locals.writer, field.bsonName())
                        .addStatement("$L.encode($N, $L, $N)", codecOf(field), locals.writer, read, locals.context)
                        .endControlFlow();
            } else {
                method.addStatement("$N.writeName($S)", locals.writer, field.bsonName())
                        .addStatement("$L.encodeNullable($N, $L, $N)", codecOf(field), locals.writer, read, locals.context);
            }
        }
        return method.addStatement("$N.writeEndDocument()", locals.writer).build();
    }

    private static String primitiveWrite(FieldType type) {
        switch (type.kind()) {
            case INT:
            case SHORT:
            case BYTE:
                return "writeInt32";
            case LONG:
                return "writeInt64";
            case DOUBLE:
            case FLOAT:
                return "writeDouble";
            case BOOLEAN:
                return "writeBoolean";
            case CHAR:
                return "writeString";
            default:
                throw new AssertionError(type.kind() + " is not primitive");
        }
    }

    private static String primitiveRead(FieldType type) {
        String kind = type.kind().name();
        return "read" + kind.charAt(0) + kind.substring(1).toLowerCase(Locale.ROOT);
    }

    // ---- decode

    private static MethodSpec decode(ModelClass model) {
        Locals locals = new Locals(model);
        MethodSpec.Builder method = MethodSpec.methodBuilder("decode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(model.className())
                .addParameter(RuntimeNames.BSON_READER, locals.reader)
                .addParameter(RuntimeNames.DECODER_CONTEXT, locals.context);
        // A field missing from the document keeps its declared default, else its Java default; with a
        // creator, fields it does not take keep the class's own value unless the document has one.
        Creator creator = model.creator();
        if (creator != null) {
            for (FieldModel field : model.fields()) {
                method.addStatement("$T $N = $L", field.type().typeName(), field.name(),
                        field.options().defaultValue() != null ? CodecExpressions.defaultValue(field)
                                : CodeBlock.of("$L", defaultValue(field.type())));
                if (!creator.takes(field)) {
                    method.addStatement("boolean $N = $L", locals.read(field), field.options().defaultValue() != null);
                }
            }
        } else {
            method.addStatement("$T $N = new $T()", model.className(), locals.value, model.className());
            for (FieldModel field : model.fields()) {
                if (field.options().defaultValue() != null) {
                    method.addStatement("$L", assign(model, field, locals, CodecExpressions.defaultValue(field)));
                }
            }
        }
        method.addStatement("$N.readStartDocument()", locals.reader)
                .beginControlFlow("while ($N.readBsonType() != $T.END_OF_DOCUMENT)", locals.reader, RuntimeNames.BSON_TYPE)
                .addStatement("$T $N = $N.readName()", String.class, locals.key, locals.reader)
                .beginControlFlow("try")
                .beginControlFlow("switch ($N)", locals.key);
        for (FieldModel field : model.fields()) {
            CodeBlock read = field.type().isPrimitive()
                    ? CodeBlock.of("$T.$L($N)", RuntimeNames.BSON_VALUES, primitiveRead(field.type()), locals.reader)
                    : CodeBlock.of("$L.decodeNullable($N, $N)", codecOf(field), locals.reader, locals.context);
            if (creator != null && !creator.takes(field)) {
                method.beginControlFlow("case $S ->", field.bsonName())
                        .addStatement("$L", assign(model, field, locals, read))
                        .addStatement("$N = true", locals.read(field))
                        .endControlFlow();
            } else {
                method.addStatement("case $S -> $L", field.bsonName(), assign(model, field, locals, read));
            }
        }
        method.addStatement("default -> $N.skipValue()", locals.reader)
                .endControlFlow()
                .nextControlFlow("catch ($T $N)", RuntimeException.class, locals.failure)
                .addStatement("throw decodingFailure($N, $N)", locals.key, locals.failure)
                .endControlFlow()
                .endControlFlow()
                .addStatement("$N.readEndDocument()", locals.reader);
        if (creator != null) {
            CodeBlock.Builder arguments = CodeBlock.builder();
            for (int i = 0; i < creator.parameters().size(); i++) {
                arguments.add(i == 0 ? "$N" : ", $N", creator.parameters().get(i));
            }
            CodeBlock created = create(model, arguments.build());
            List<FieldModel> later = model.fields().stream().filter(field -> !creator.takes(field)).toList();
            if (later.isEmpty()) {
                method.addStatement("return $L", created);
            } else {
                method.addStatement("$T $N = $L", model.className(), locals.value, created);
                for (FieldModel field : later) {
                    method.beginControlFlow("if ($N)", locals.read(field))
                            .addStatement("$L", set(field, locals.value, CodeBlock.of("$N", field.name())))
                            .endControlFlow();
                }
                method.addStatement("return $N", locals.value);
            }
        } else {
            method.addStatement("return $N", locals.value);
        }
        return method.build();
    }

    /** {@code new Book(args)}, or {@code Book.of(args)} for a factory method. */
    static CodeBlock create(ModelClass model, CodeBlock arguments) {
        Creator creator = model.creator();
        return creator.factory() == null ? CodeBlock.of("new $T($L)", model.className(), arguments)
                : CodeBlock.of("$T.$N($L)", model.className(), creator.factory(), arguments);
    }

    /** Reading a document: a local with a creator, else the new instance's field. */
    private static CodeBlock assign(ModelClass model, FieldModel field, Locals locals, CodeBlock value) {
        if (model.creator() != null) {
            return CodeBlock.of("$N = $L", field.name(), value);
        }
        return set(field, locals.value, value);
    }

    /** {@code instance.title = value} or {@code instance.setTitle(value)}. */
    static CodeBlock set(FieldModel field, String instance, CodeBlock value) {
        Access access = field.access();
        if (!access.assignable()) {
            throw new IllegalArgumentException(field.name() + " is set only through the creator");
        }
        return access.write() == Access.Write.METHOD ? CodeBlock.of("$N.$N($L)", instance, access.setter(), value)
                : CodeBlock.of("$N.$N = $L", instance, access.setter(), value);
    }

    private static String defaultValue(FieldType type) {
        if (!type.isPrimitive()) {
            return "null";
        }
        switch (type.kind()) {
            case BOOLEAN:
                return "false";
            case LONG:
                return "0L";
            case DOUBLE:
                return "0.0";
            case FLOAT:
                return "0.0f";
            case CHAR:
                return "'\\0'";
            case SHORT:
                return "(short) 0";
            case BYTE:
                return "(byte) 0";
            default:
                return "0";
        }
    }

    /**
     * Names of the generated methods' parameters and locals. A record's components become locals
     * of {@code decode}, so these names step aside when a component already uses them.
     */
    static final class Locals {
        final String writer;
        final String reader;
        final String value;
        final String context;
        final String key;
        final String failure;
        private final java.util.Map<String, String> read = new java.util.HashMap<>();

        Locals(ModelClass model) {
            Set<String> taken = new HashSet<>();
            if (model.creator() != null) {
                for (FieldModel field : model.fields()) {
                    taken.add(field.name());
                }
            }
            writer = free("writer", taken);
            reader = free("reader", taken);
            value = free("value", taken);
            context = free("context", taken);
            key = free("key", taken);
            failure = free("e", taken);
            if (model.creator() != null) {
                for (FieldModel field : model.fields()) {
                    if (!model.creator().takes(field)) {
                        read.put(field.name(), free(field.name() + "Read", taken));
                    }
                }
            }
        }

        /** The flag that says the document held {@code field}, for fields set after the creator. */
        String read(FieldModel field) {
            return read.get(field.name());
        }

        private static String free(String base, Set<String> taken) {
            String name = base;
            for (int i = 2; taken.contains(name); i++) {
                name = base + i;
            }
            taken.add(name);
            return name;
        }
    }
}
