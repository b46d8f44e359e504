package io.djongo.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.djongo.processor.model.Access;
import io.djongo.processor.model.FieldModel;
import io.djongo.processor.model.FieldOptions;
import io.djongo.processor.model.FieldType;
import io.djongo.processor.model.GeneratedNames;
import io.djongo.processor.model.ModelClass;
import io.djongo.processor.model.ModelKind;
import io.djongo.processor.model.ValueKind;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code Foo_.Meta}: the model's fields with their BSON names, types and options, its
 * codec, and id access. String lookups, the admin and migrations read this instead of reflecting.
 */
public final class MetaGenerator {

    /** {@code Entry_.Meta}, nested in the model's companion. */
    public TypeSpec generate(ModelClass model) {
        ClassName meta = model.metaName();
        ClassName modelType = model.className();
        TypeSpec.Builder type = TypeSpec.classBuilder(meta)
                .addJavadoc("The metadata of {@link $T}.\n", modelType)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeNames.MODEL_META, modelType))
                .addField(FieldSpec.builder(meta, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", meta)
                        .build())
                .addMethod(MethodSpec.methodBuilder("instance")
                        .addJavadoc("{@link #INSTANCE}, typed as the runtime's {@code ModelMeta}, for the model index.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(ParameterizedTypeName.get(RuntimeNames.MODEL_META, modelType))
                        .addStatement("return INSTANCE")
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addStatement("super($T.class, $T.$L, $L)", modelType, RuntimeNames.MODEL_KIND, model.kind().name(),
                                model.collection() == null ? "null" : CodeBlock.of("$S", model.collection()))
                        .build())
                .addMethod(declareFields(model))
                .addMethod(MethodSpec.methodBuilder("codec")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(model.codecName())
                        .addStatement("return $T.INSTANCE", model.codecName())
                        .build());
        model.id().ifPresent(id -> addIdMethods(type, model, id));
        return type.build();
    }

    private static MethodSpec declareFields(ModelClass model) {
        CodeBlock.Builder fields = CodeBlock.builder().add("return $T.of(", List.class);
        for (int i = 0; i < model.fields().size(); i++) {
            fields.add(i == 0 ? "\n$L" : ",\n$L", fieldMeta(model.fields().get(i)));
        }
        fields.add(")");
        return MethodSpec.methodBuilder("declareFields")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), RuntimeNames.FIELD_META))
                .addStatement("$L", fields.build())
                .build();
    }

    /** {@code FieldMeta.of(name, key, type)} followed by only the options that differ from the defaults. */
    private static CodeBlock fieldMeta(FieldModel field) {
        FieldOptions options = field.options();
        CodeBlock.Builder meta = CodeBlock.builder().add("$T.of($S, $S, $L)", RuntimeNames.FIELD_META, field.name(),
                field.bsonName(), fieldType(field.type()));
        if (field.id()) {
            meta.add(".asId()");
        }
        if (options.maxLength() != -1) {
            meta.add(".withMaxLength($L)", options.maxLength());
        }
        if (options.nullable() != !field.type().isPrimitive()) {
            meta.add(".withNullable($L)", options.nullable());
        }
        if (!options.blank()) {
            meta.add(".withBlank(false)");
        }
        if (!options.choices().isEmpty()) {
            meta.add(".withChoices($L)", strings(options.choices()));
        }
        if (options.unique()) {
            meta.add(".withUnique(true)");
        }
        if (options.index()) {
            meta.add(".withIndexed(true)");
        }
        return meta.build();
    }

    private static CodeBlock fieldType(FieldType type) {
        switch (type.kind()) {
            case ENUM:
                return CodeBlock.of("$T.enumType($T.class, $T.values())", RuntimeNames.FIELD_TYPE, type.typeName(),
                        type.typeName());
            case EMBEDDED:
                return CodeBlock.of("$T.model($T.class, () -> $T.INSTANCE)", RuntimeNames.FIELD_TYPE, type.typeName(),
                        GeneratedNames.meta(type.modelClass()));
            case LIST:
                return CodeBlock.of("$T.list($L)", RuntimeNames.FIELD_TYPE, fieldType(type.element()));
            case SET:
                return CodeBlock.of("$T.set($L)", RuntimeNames.FIELD_TYPE, fieldType(type.element()));
            case MAP:
                return CodeBlock.of("$T.map($L)", RuntimeNames.FIELD_TYPE, fieldType(type.element()));
            default:
                return CodeBlock.of("$T.scalar($T.$L, $T.class)", RuntimeNames.FIELD_TYPE, RuntimeNames.FIELD_KIND,
                        type.kind().name(), type.typeName());
        }
    }

    private static CodeBlock strings(List<String> values) {
        CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", List.class);
        for (int i = 0; i < values.size(); i++) {
            list.add(i == 0 ? "$S" : ", $S", values.get(i));
        }
        return list.add(")").build();
    }

    private static void addIdMethods(TypeSpec.Builder type, ModelClass model, FieldModel id) {
        String read = id.access().read("instance");
        CodeBlock codec = CodecExpressions.codec(id.type());
        MethodSpec.Builder idValue = MethodSpec.methodBuilder("idValue")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(RuntimeNames.BSON_VALUE)
                .addParameter(model.className(), "instance");
        if (id.type().isPrimitive()) {
            idValue.addStatement("return $L.toBsonValue($L)", codec, read);
        } else {
            idValue.addStatement("$T id = $L", id.type().typeName(), read)
                    .addStatement("return id == null ? null : $L.toBsonValue(id)", codec);
        }
        type.addMethod(idValue.build());
        if (id.type().kind() != ValueKind.OBJECT_ID || model.kind() != ModelKind.MODEL) {
            return;
        }
        type.addMethod(MethodSpec.methodBuilder("generatesIds")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addStatement("return true")
                .build());
        MethodSpec.Builder withId = MethodSpec.methodBuilder("withGeneratedId")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(model.className())
                .addParameter(model.className(), "instance");
        if (model.isRecord()) {
            CodeBlock.Builder arguments = CodeBlock.builder();
            for (int i = 0; i < model.fields().size(); i++) {
                FieldModel field = model.fields().get(i);
                arguments.add(i == 0 ? "" : ", ");
                arguments.add(field.id() ? CodeBlock.of("new $T()", RuntimeNames.OBJECT_ID)
                        : CodeBlock.of("$L", field.access().read("instance")));
            }
            withId.addStatement("return new $T($L)", model.className(), arguments.build());
        } else {
            Access access = id.access();
            withId.addStatement(access.style() == Access.Style.BEAN ? "instance.$N(new $T())" : "instance.$N = new $T()",
                    access.setter(), RuntimeNames.OBJECT_ID)
                    .addStatement("return instance");
        }
        type.addMethod(withId.build());
    }
}
