package io.djongo.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.djongo.processor.model.ConstraintModel;
import io.djongo.processor.model.Creator;
import io.djongo.processor.model.FieldModel;
import io.djongo.processor.model.FieldOptions;
import io.djongo.processor.model.FieldType;
import io.djongo.processor.model.GeneratedNames;
import io.djongo.processor.model.IndexModel;
import io.djongo.processor.model.ModelClass;
import io.djongo.processor.model.RelationModel;
import io.djongo.processor.model.ModelKind;
import io.djongo.processor.model.ModelOptions;
import io.djongo.processor.model.ValueKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code Foo_.Meta}: the model's fields with their BSON names, types, options and
 * validation rules, its codec, id and version access, and its validation: one statement per
 * field that has rules or holds embedded models. String lookups, validation, migrations and the
 * admin read this instead of reflecting.
 */
public final class MetaGenerator {

    /** {@code Entry_.Meta}, nested in the model's companion. */
    public TypeSpec generate(ModelClass model) {
        ClassName meta = model.metaName();
        ClassName modelType = model.className();
        Map<FieldModel, String> constants = constantNames(model);
        TypeSpec.Builder type = TypeSpec.classBuilder(meta)
                .addJavadoc("The metadata of {@link $T}.\n", modelType)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeNames.MODEL_META, modelType))
                .addField(FieldSpec.builder(meta, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", meta)
                        .build());
        for (FieldModel field : model.fields()) {
            type.addField(FieldSpec.builder(RuntimeNames.FIELD_META, constants.get(field), Modifier.PRIVATE, Modifier.STATIC,
                            Modifier.FINAL)
                    .initializer(fieldMeta(field))
                    .build());
        }
        if (!model.options().ordering().isEmpty()) {
            type.addField(FieldSpec.builder(ParameterizedTypeName.get(List.class, String.class), "ORDERING",
                            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$L", strings(model.options().ordering()))
                    .build());
        }
        type.addMethod(MethodSpec.methodBuilder("instance")
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
                .addMethod(declareFields(model, constants))
                .addMethods(declareThroughFields(model))
                .addMethod(MethodSpec.methodBuilder("codec")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(model.codecName())
                        .addStatement("return $T.INSTANCE", model.codecName())
                        .build());
        addValidate(type, model, constants);
        addOptions(type, model);
        model.id().ifPresent(id -> addIdMethods(type, model, id));
        model.version().ifPresent(version -> addVersionMethods(type, model, version));
        addTimestamps(type, model);
        addDefaults(type, model);
        addReferences(type, model);
        if (model.extendsMetamodel()) {
            addPrefetched(type, model);
        }
        return type.build();
    }

    // ---- fields

    /** {@code HEADLINE} for {@code headline}; a name taken by {@code INSTANCE} or another field gets a suffix. */
    private static Map<FieldModel, String> constantNames(ModelClass model) {
        Map<FieldModel, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>(List.of("INSTANCE", "ORDERING"));
        for (FieldModel field : model.fields()) {
            String base = field.name().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
            String name = base;
            for (int i = 2; !taken.add(name); i++) {
                name = base + "_" + i;
            }
            names.put(field, name);
        }
        return names;
    }

    private static MethodSpec declareFields(ModelClass model, Map<FieldModel, String> constants) {
        CodeBlock.Builder fields = CodeBlock.builder().add("return $T.of(", List.class);
        int i = 0;
        for (FieldModel field : model.fields()) {
            fields.add(i++ == 0 ? "$N" : ",$W$N", constants.get(field));
        }
        fields.add(")");
        return MethodSpec.methodBuilder("declareFields")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), RuntimeNames.FIELD_META))
                .addStatement("$L", fields.build())
                .build();
    }

    /** The many-to-many relations through another model, which the model declares but does not store. */
    private static List<MethodSpec> declareThroughFields(ModelClass model) {
        if (model.options().through().isEmpty()) {
            return List.of();
        }
        CodeBlock.Builder fields = CodeBlock.builder().add("return $T.of(", List.class);
        int i = 0;
        for (FieldModel field : model.options().through()) {
            fields.add(i++ == 0 ? "$L" : ",$W$L", fieldMeta(field));
        }
        fields.add(")");
        return List.of(MethodSpec.methodBuilder("declareThroughFields")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), RuntimeNames.FIELD_META))
                .addStatement("$L", fields.build())
                .build());
    }

    /** {@code FieldMeta.of(name, key, type)} followed by only the options that differ from the defaults. */
    private static CodeBlock fieldMeta(FieldModel field) {
        FieldOptions options = field.options();
        CodeBlock.Builder meta = CodeBlock.builder().add("$T.of($S, $S, $L)", RuntimeNames.FIELD_META, field.name(),
                field.bsonName(), fieldType(field.type()));
        if (field.id()) {
            meta.add("$W.asId()");
        }
        if (field.version()) {
            meta.add("$W.asVersion()");
        }
        if (options.maxLength() != -1) {
            meta.add("$W.withMaxLength($L)", options.maxLength());
        }
        if (options.nullable() != !field.type().isPrimitive()) {
            meta.add("$W.withNullable($L)", options.nullable());
        }
        if (!options.blank()) {
            meta.add("$W.withBlank(false)");
        }
        if (!options.choices().isEmpty()) {
            meta.add("$W.withChoices($L)", strings(options.choices()));
        }
        if (options.unique()) {
            meta.add("$W.withUnique(true)");
        }
        if (options.index()) {
            meta.add("$W.withIndexed(true)");
        }
        if (options.autoNow()) {
            meta.add("$W.withAutoNow()");
        } else if (options.autoNowAdd()) {
            meta.add("$W.withAutoNowAdd()");
        } else if (!options.editable() && !field.version()) {
            meta.add("$W.withEditable(false)");
        }
        if (!options.label().isEmpty()) {
            meta.add("$W.withLabel($S)", options.label());
        }
        if (!options.helpText().isEmpty()) {
            meta.add("$W.withHelpText($S)", options.helpText());
        }
        if (options.defaultValue() != null) {
            meta.add("$W.withDefault(() -> $L)", CodecExpressions.defaultValue(field));
        }
        if (field.relation() != null) {
            meta.add("$W.withRelation($L)", relation(field));
        }
        if (!options.constraints().isEmpty()) {
            meta.add("$W.withConstraints($L)", constraints(options.constraints()));
        }
        if (!options.elementConstraints().isEmpty()) {
            meta.add("$W.withElementConstraints($L)", constraints(options.elementConstraints()));
        }
        return meta.build();
    }

    /**
     * {@code RelationMeta.foreignKey(OnDelete.CASCADE, "entries")}: the relation with its declared
     * related name; an empty name means the default, the referring {@code @Model}'s name, which
     * the runtime knows (an embedded model may be embedded in several).
     */
    private static CodeBlock relation(FieldModel field) {
        RelationModel relation = field.relation();
        switch (relation.kind()) {
            case "MANY_TO_MANY":
                return relation.stored() ? CodeBlock.of("$T.manyToMany($S)", RuntimeNames.RELATION_META, relation.relatedName())
                        : CodeBlock.of("$T.manyToManyThrough($S, $T::instance)", RuntimeNames.RELATION_META,
                                relation.relatedName(), GeneratedNames.meta(relation.through()));
            case "ONE_TO_ONE":
                return CodeBlock.of("$T.oneToOne($T.$L, $S)", RuntimeNames.RELATION_META, RuntimeNames.ON_DELETE,
                        relation.onDelete(), relation.relatedName());
            default:
                return CodeBlock.of("$T.foreignKey($T.$L, $S)", RuntimeNames.RELATION_META, RuntimeNames.ON_DELETE,
                        relation.onDelete(), relation.relatedName());
        }
    }

    private static CodeBlock constraints(List<ConstraintModel> constraints) {
        CodeBlock.Builder list = CodeBlock.builder();
        for (int i = 0; i < constraints.size(); i++) {
            ConstraintModel constraint = constraints.get(i);
            CodeBlock.Builder arguments = CodeBlock.builder();
            for (int j = 0; j < constraint.arguments().size(); j++) {
                Object argument = constraint.argument(j);
                arguments.add(j == 0 ? "" : ", ");
                if (argument instanceof String) {
                    arguments.add("$S", argument);
                } else if (argument instanceof Long) {
                    arguments.add("$LL", argument);
                } else {
                    arguments.add("$L", argument);
                }
            }
            list.add(i == 0 ? "" : ",$W");
            list.add("$T.$L($L)", RuntimeNames.CONSTRAINT, constraint.factory(), arguments.build());
            if (constraint.message() != null) {
                list.add(".withMessage($S)", constraint.message());
            }
        }
        return list.build();
    }

    private static CodeBlock fieldType(FieldType type) {
        switch (type.kind()) {
            case ENUM:
                return CodeBlock.of("$T.enumType($T.class, $T.values())", RuntimeNames.FIELD_TYPE, type.typeName(),
                        type.typeName());
            case EMBEDDED:
                return CodeBlock.of("$T.model($T.class, () -> $T.INSTANCE)", RuntimeNames.FIELD_TYPE, type.typeName(),
                        GeneratedNames.meta(type.modelClass()));
            case REFERENCE:
                return CodeBlock.of("$T.reference($T::instance)", RuntimeNames.FIELD_TYPE, GeneratedNames.meta(type.modelClass()));
            case REFERENCES:
                return CodeBlock.of("$T.references($T::instance)", RuntimeNames.FIELD_TYPE,
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

    // ---- validation

    /**
     * {@code validate}: each field with rules is checked, each embedded model validates itself
     * under its field's path, then the model's own {@code clean()} runs.
     */
    private static void addValidate(TypeSpec.Builder type, ModelClass model, Map<FieldModel, String> constants) {
        MethodSpec.Builder validate = MethodSpec.methodBuilder("validate")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(model.className(), "value")
                .addParameter(RuntimeNames.VIOLATIONS, "violations");
        boolean any = false;
        for (FieldModel field : model.fields()) {
            String read = field.access().read("value");
            boolean generatedId = field.id() && field.type().kind() == ValueKind.OBJECT_ID;
            if (field.options().hasRules(field.type(), generatedId)) {
                validate.addStatement("violations.check($N, $L)", constants.get(field), read);
                any = true;
            }
            FieldType fieldType = field.type();
            if (fieldType.kind() == ValueKind.EMBEDDED) {
                validate.addStatement("violations.model($N, $L, $T.INSTANCE)", constants.get(field), read,
                        GeneratedNames.meta(fieldType.modelClass()));
                any = true;
            } else if (fieldType.isModelArray()) {
                validate.addStatement("violations.models($N, $L, $T.INSTANCE)", constants.get(field), read,
                        GeneratedNames.meta(fieldType.element().modelClass()));
                any = true;
            } else if (fieldType.kind() == ValueKind.MAP && fieldType.element().kind() == ValueKind.EMBEDDED) {
                validate.addStatement("violations.modelValues($N, $L, $T.INSTANCE)", constants.get(field), read,
                        GeneratedNames.meta(fieldType.element().modelClass()));
                any = true;
            }
        }
        if (model.options().clean()) {
            validate.addStatement("violations.clean(value::clean)");
            any = true;
        }
        if (any) {
            type.addMethod(validate.build());
        }
    }

    // ---- model options

    private static void addOptions(TypeSpec.Builder type, ModelClass model) {
        addReadWriteOptions(type, model);
        if (!model.options().ordering().isEmpty()) {
            type.addMethod(MethodSpec.methodBuilder("ordering")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(ParameterizedTypeName.get(List.class, String.class))
                    .addStatement("return ORDERING")
                    .build());
        }
        if (!model.options().indexes().isEmpty()) {
            CodeBlock.Builder indexes = CodeBlock.builder().add("return $T.of($>$>", List.class);
            for (int i = 0; i < model.options().indexes().size(); i++) {
                indexes.add(i == 0 ? "\n$L" : ",\n$L", index(model.options().indexes().get(i)));
            }
            type.addMethod(MethodSpec.methodBuilder("declareIndexes")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PROTECTED)
                    .returns(ParameterizedTypeName.get(ClassName.get(List.class), RuntimeNames.INDEX_SPEC))
                    .addCode(indexes.add(");\n$<$<").build())
                    .build());
        }
        if (!model.options().label().isEmpty()) {
            type.addMethod(MethodSpec.methodBuilder("label")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(String.class)
                    .addStatement("return $S", model.options().label())
                    .build());
        }
        if (!model.options().labelPlural().isEmpty()) {
            type.addMethod(MethodSpec.methodBuilder("labelPlural")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(String.class)
                    .addStatement("return $S", model.options().labelPlural())
                    .build());
        }
    }

    /** {@code IndexSpec.on("blog.name", 1).then("pub_date", -1).unique()}. */
    private static CodeBlock index(IndexModel index) {
        CodeBlock.Builder spec = CodeBlock.builder();
        for (int i = 0; i < index.keys().size(); i++) {
            IndexModel.Key key = index.keys().get(i);
            CodeBlock value = key.value() instanceof String ? CodeBlock.of("$S", key.value()) : CodeBlock.of("$L", key.value());
            if (i == 0) {
                spec.add("$T.on($S, $L)", RuntimeNames.INDEX_SPEC, key.path(), value);
            } else {
                spec.add("$Z.then($S, $L)", key.path(), value);
            }
        }
        if (index.name() != null) {
            spec.add("$Z.named($S)", index.name());
        }
        if (index.unique()) {
            spec.add("$Z.unique()");
        }
        if (index.sparse()) {
            spec.add("$Z.sparse()");
        }
        if (index.partialFilter() != null) {
            spec.add("$Z.partialFilter($S)", index.partialFilter());
        }
        if (index.expireAfterSeconds() >= 0) {
            spec.add("$Z.expireAfterSeconds($LL)", index.expireAfterSeconds());
        }
        if (index.collation() != null) {
            spec.add("$Z.collation($S)", index.collation());
        }
        if (index.weights() != null) {
            spec.add("$Z.weights($S)", index.weights());
        }
        if (index.defaultLanguage() != null) {
            spec.add("$Z.defaultLanguage($S)", index.defaultLanguage());
        }
        return spec.build();
    }

    /** {@code readPreference()}, {@code readConcern()} and {@code writeConcern()}, for the options {@code @Model} sets. */
    private static void addReadWriteOptions(TypeSpec.Builder type, ModelClass model) {
        ModelOptions options = model.options();
        if (!options.readPreference().isEmpty()) {
            type.addMethod(MethodSpec.methodBuilder("readPreference")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(RuntimeNames.READ_PREFERENCE)
                    .addStatement("return $T.$N()", RuntimeNames.READ_PREFERENCE, options.readPreference())
                    .build());
        }
        if (!options.readConcern().isEmpty()) {
            type.addMethod(MethodSpec.methodBuilder("readConcern")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(RuntimeNames.READ_CONCERN)
                    .addStatement("return $T.$N", RuntimeNames.READ_CONCERN, options.readConcern().toUpperCase(Locale.ROOT))
                    .build());
        }
        if (!options.writeConcern().isEmpty()) {
            String w = options.writeConcern();
            type.addMethod(MethodSpec.methodBuilder("writeConcern")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(RuntimeNames.WRITE_CONCERN)
                    .addStatement(w.equals("majority") ? CodeBlock.of("return $T.MAJORITY", RuntimeNames.WRITE_CONCERN)
                            : CodeBlock.of("return new $T($L)", RuntimeNames.WRITE_CONCERN, Integer.parseInt(w)))
                    .build());
        }
    }

    // ---- id, version and timestamps

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
        assign(withId, model, Map.of(id, CodeBlock.of("new $T()", RuntimeNames.OBJECT_ID)));
        type.addMethod(withId.build());
    }

    private static void addVersionMethods(TypeSpec.Builder type, ModelClass model, FieldModel version) {
        String read = version.access().read("instance");
        MethodSpec.Builder get = MethodSpec.methodBuilder("version")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(long.class)
                .addParameter(model.className(), "instance");
        if (version.type().isPrimitive()) {
            get.addStatement("return $L", read);
        } else {
            get.addStatement("$T version = $L", version.type().typeName(), read)
                    .addStatement("return version == null ? 0 : version");
        }
        type.addMethod(get.build());
        MethodSpec.Builder with = MethodSpec.methodBuilder("withVersion")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(model.className())
                .addParameter(model.className(), "instance")
                .addParameter(long.class, "version");
        CodeBlock value = version.type().kind() == ValueKind.INT
                ? CodeBlock.of("$T.toIntExact(version)", Math.class) : CodeBlock.of("version");
        assign(with, model, Map.of(version, value));
        type.addMethod(with.build());
    }

    private static void addTimestamps(TypeSpec.Builder type, ModelClass model) {
        Map<FieldModel, CodeBlock> always = new LinkedHashMap<>();
        Map<FieldModel, CodeBlock> adding = new LinkedHashMap<>();
        for (FieldModel field : model.fields()) {
            if (field.options().autoNow()) {
                always.put(field, now(field.type()));
            } else if (field.options().autoNowAdd()) {
                adding.put(field, now(field.type()));
            }
        }
        if (always.isEmpty() && adding.isEmpty()) {
            return;
        }
        type.addMethod(MethodSpec.methodBuilder("hasTimestamps")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addStatement("return true")
                .build());
        MethodSpec.Builder with = MethodSpec.methodBuilder("withTimestamps")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(model.className())
                .addParameter(model.className(), "instance")
                .addParameter(boolean.class, "adding")
                .addParameter(Instant.class, "now");
        // An autoNowAdd field is set on insert, and on any save that finds it still empty.
        if (!inPlace(always.keySet(), adding.keySet())) {
            Map<FieldModel, CodeBlock> values = new LinkedHashMap<>(always);
            adding.forEach((field, value) -> values.put(field, CodeBlock.of("adding || $L == null ? $L : $L",
                    field.access().read("instance"), value, field.access().read("instance"))));
            assign(with, model, values);
        } else {
            for (Map.Entry<FieldModel, CodeBlock> entry : always.entrySet()) {
                with.addStatement("$L", set(entry.getKey(), entry.getValue()));
            }
            for (Map.Entry<FieldModel, CodeBlock> entry : adding.entrySet()) {
                with.beginControlFlow("if (adding || $L == null)", entry.getKey().access().read("instance"))
                        .addStatement("$L", set(entry.getKey(), entry.getValue()))
                        .endControlFlow();
            }
            with.addStatement("return instance");
        }
        type.addMethod(with.build());
    }

    /**
     * {@code withDefaults}: the declared default in every field still {@code null}, as Django gives
     * a new object its defaults. Primitive fields cannot be told apart from a set zero, so they
     * take their default only when read from a document that lacks them.
     */
    private static void addDefaults(TypeSpec.Builder type, ModelClass model) {
        Map<FieldModel, CodeBlock> defaults = new LinkedHashMap<>();
        for (FieldModel field : model.fields()) {
            if (field.options().defaultValue() != null && !field.type().isPrimitive()) {
                defaults.put(field, CodecExpressions.defaultValue(field));
            }
        }
        if (defaults.isEmpty()) {
            return;
        }
        MethodSpec.Builder with = MethodSpec.methodBuilder("withDefaults")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(model.className())
                .addParameter(model.className(), "instance");
        if (!inPlace(defaults.keySet(), Set.of())) {
            Map<FieldModel, CodeBlock> values = new LinkedHashMap<>();
            defaults.forEach((field, value) -> values.put(field, CodeBlock.of("$L == null ? $L : $L",
                    field.access().read("instance"), value, field.access().read("instance"))));
            assign(with, model, values);
        } else {
            for (Map.Entry<FieldModel, CodeBlock> entry : defaults.entrySet()) {
                with.beginControlFlow("if ($L == null)", entry.getKey().access().read("instance"))
                        .addStatement("$L", set(entry.getKey(), entry.getValue()))
                        .endControlFlow();
            }
            with.addStatement("return instance");
        }
        type.addMethod(with.build());
    }

    /** {@code prefetched(instance)}: the companion's map of objects loaded by {@code prefetchRelated}, created on first use. */
    private static void addPrefetched(TypeSpec.Builder type, ModelClass model) {
        ClassName companion = model.companionName();
        com.palantir.javapoet.TypeName map = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                ParameterizedTypeName.get(ClassName.get(List.class), com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class)));
        type.addMethod(MethodSpec.methodBuilder("prefetched")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(map)
                .addParameter(model.className(), "instance")
                .addStatement("$T companion = instance", companion)
                .beginControlFlow("if (companion.prefetched == null)")
                .addStatement("companion.prefetched = new $T<>()", java.util.concurrent.ConcurrentHashMap.class)
                .endControlFlow()
                .addStatement("return companion.prefetched")
                .build());
    }

    /** {@code reference(instance, field)}: the value of each reference field, by Java name, for joins and bindings. */
    private static void addReferences(TypeSpec.Builder type, ModelClass model) {
        CodeBlock.Builder cases = CodeBlock.builder();
        for (FieldModel field : model.fields()) {
            if (field.type().kind().isReference()) {
                cases.add("case $S -> $L;\n", field.name(), field.access().read("instance"));
            }
        }
        if (cases.isEmpty()) {
            return;
        }
        type.addMethod(MethodSpec.methodBuilder("reference")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(Object.class)
                .addParameter(model.className(), "instance")
                .addParameter(String.class, "field")
                .addCode(CodeBlock.builder().add("return switch (field) {\n$>").add(cases.build())
                        .add("default -> null;\n$<};\n").build())
                .build());
    }

    /** The current time {@code now} (an {@code Instant}) in the field's type, in UTC. */
    private static CodeBlock now(FieldType type) {
        switch (type.kind()) {
            case DATE:
                return CodeBlock.of("$T.from(now)", Date.class);
            case LOCAL_DATE:
                return CodeBlock.of("$T.ofInstant(now, $T.UTC)", LocalDate.class, ZoneOffset.class);
            case LOCAL_DATE_TIME:
                return CodeBlock.of("$T.ofInstant(now, $T.UTC)", LocalDateTime.class, ZoneOffset.class);
            default:
                return CodeBlock.of("now");
        }
    }

    /** Whether every field in {@code fields} can be changed on the instance itself, rather than on a copy. */
    @SafeVarargs
    private static boolean inPlace(java.util.Collection<FieldModel>... fields) {
        for (java.util.Collection<FieldModel> group : fields) {
            for (FieldModel field : group) {
                if (!field.access().assignable()) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Gives {@code values} to the fields of {@code instance} and returns it: assignments when every
     * field can be set, otherwise a new instance built through the model's creator (a record's
     * canonical constructor, an immutable class's constructor) with the other fields copied.
     */
    private static void assign(MethodSpec.Builder method, ModelClass model, Map<FieldModel, CodeBlock> values) {
        if (inPlace(values.keySet())) {
            for (Map.Entry<FieldModel, CodeBlock> entry : values.entrySet()) {
                method.addStatement("$L", set(entry.getKey(), entry.getValue()));
            }
            method.addStatement("return instance");
            return;
        }
        Creator creator = model.creator();
        Map<String, FieldModel> byName = new LinkedHashMap<>();
        for (FieldModel field : model.fields()) {
            byName.put(field.name(), field);
        }
        CodeBlock.Builder arguments = CodeBlock.builder();
        for (int i = 0; i < creator.parameters().size(); i++) {
            FieldModel field = byName.get(creator.parameters().get(i));
            CodeBlock value = values.get(field);
            arguments.add(i == 0 ? "" : ",$W");
            arguments.add("$L", value != null ? value : CodeBlock.of("$L", field.access().read("instance")));
        }
        CodeBlock created = CodecGenerator.create(model, arguments.build());
        List<FieldModel> later = model.fields().stream().filter(field -> !creator.takes(field)).toList();
        if (later.isEmpty()) {
            method.addStatement("return $L", created);
            return;
        }
        method.addStatement("$T copy = $L", model.className(), created);
        for (FieldModel field : later) {
            CodeBlock value = values.get(field);
            method.addStatement("$L", CodecGenerator.set(field, "copy",
                    value != null ? value : CodeBlock.of("$L", field.access().read("instance"))));
        }
        method.addStatement("return copy");
    }

    private static CodeBlock set(FieldModel field, CodeBlock value) {
        return CodecGenerator.set(field, "instance", value);
    }
}
