package io.djongo.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.djongo.processor.model.Access;
import io.djongo.processor.model.FieldModel;
import io.djongo.processor.model.GeneratedNames;
import io.djongo.processor.model.ModelClass;
import javax.lang.model.element.Modifier;

/**
 * Generates the companion {@code Entry_} of a {@code @Model}: one static typed path per field, the
 * static {@code objects()} manager and, when the model declares {@code extends Entry_}, the
 * active-record methods {@code save()}, {@code delete()} and {@code refreshFromDb()}, and equality
 * by primary key. {@link CompanionGenerator} adds the nested codec and metadata.
 */
public final class MetamodelGenerator {

    public TypeSpec.Builder companion(ModelClass model) {
        ClassName metamodel = model.companionName();
        ClassName modelType = model.className();
        TypeName manager = ParameterizedTypeName.get(RuntimeNames.MANAGER, modelType);
        TypeSpec.Builder type = TypeSpec.classBuilder(metamodel)
                .addJavadoc("Query paths and the manager of {@link $T}.\n", modelType)
                .addModifiers(Modifier.PUBLIC);
        if (model.extendsMetamodel()) {
            type.addModifiers(Modifier.ABSTRACT)
                    .addJavadoc("\n<p>{@link $T} extends this class, which gives it {@code save()}, {@code delete()},\n"
                            + (model.mutable() ? "{@code refreshFromDb()}, " : "")
                            + "{@code fullClean()}, {@code validateUnique()} and equality by id.\n", modelType);
        } else {
            type.addModifiers(Modifier.FINAL);
        }

        for (FieldModel field : model.fields()) {
            FieldSpec.Builder path = FieldSpec.builder(PathExpressions.type(field.type(), modelType), field.name(),
                            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .initializer(PathExpressions.initializer(field.type(), modelType, CodeBlock.of("$S", field.bsonName())));
            if (field.javadoc() != null) {
                path.addJavadoc("$L", field.javadoc());
            }
            type.addField(path.build());
        }
        for (FieldModel field : model.options().through()) {
            FieldSpec.Builder path = FieldSpec.builder(ParameterizedTypeName.get(RuntimeNames.THROUGH_PATH, modelType,
                            field.type().modelClass()), field.name(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .initializer("new $T($T::instance, $S, $T::instance)", ParameterizedTypeName.get(RuntimeNames.THROUGH_PATH,
                            modelType, field.type().modelClass()), model.metaName(), field.name(),
                            GeneratedNames.meta(field.type().modelClass()));
            if (field.javadoc() != null) {
                path.addJavadoc("$L", field.javadoc());
            } else {
                path.addJavadoc("The {@link $T}s paired with a {@link $T} through {@link $T}.\n", field.type().modelClass(),
                        modelType, field.relation().through());
            }
            type.addField(path.build());
        }
        for (io.djongo.processor.model.ReverseModel reverse : model.options().reverse()) {
            type.addField(FieldSpec.builder(ParameterizedTypeName.get(RuntimeNames.REVERSE_PATH, modelType, reverse.source()),
                            reverse.accessor(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The {@link $T}s that refer to a {@link $T} through {@code $L}.\n", reverse.source(), modelType,
                            reverse.path())
                    .initializer("new $T($T::instance, $S, $S)",
                            ParameterizedTypeName.get(RuntimeNames.REVERSE_PATH, modelType, reverse.source()),
                            GeneratedNames.meta(reverse.source()), reverse.path(), reverse.accessor())
                    .build());
        }
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(model.extendsMetamodel() ? Modifier.PROTECTED : Modifier.PRIVATE)
                .build());

        // The manager is created on first use, not when Entry_ is initialized (which happens
        // whenever an Entry is constructed, including by the codec).
        type.addType(TypeSpec.classBuilder("ManagerHolder")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addField(FieldSpec.builder(manager, "OBJECTS", Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.of($T.INSTANCE)", RuntimeNames.MANAGER, model.metaName())
                        .build())
                .build());
        type.addMethod(MethodSpec.methodBuilder("objects")
                .addJavadoc("The manager of {@link $T} on the default connection.\n", modelType)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(manager)
                .addStatement("return ManagerHolder.OBJECTS")
                .build());
        type.addMethod(MethodSpec.methodBuilder("signals")
                .addJavadoc("The signals of {@link $T}: {@code preSave}, {@code postSave}, {@code preDelete}, {@code postDelete}\n"
                        + "and {@code postInit} receivers.\n", modelType)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(RuntimeNames.SIGNALS, modelType))
                .addStatement("return $T.of($T.INSTANCE)", RuntimeNames.SIGNALS, model.metaName())
                .build());

        if (model.extendsMetamodel()) {
            type.addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(java.util.Map.class),
                            ClassName.get(String.class), ParameterizedTypeName.get(ClassName.get(java.util.List.class),
                                    com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class))), "prefetched",
                            Modifier.PRIVATE)
                    .addJavadoc("The objects {@code prefetchRelated} loaded for this object's reverse relations, by name.\n")
                    .build());
            addActiveRecord(type, model);
        }
        return type;
    }

    private static void addActiveRecord(TypeSpec.Builder type, ModelClass model) {
        ClassName modelType = model.className();
        type.addMethod(MethodSpec.methodBuilder("self")
                .addModifiers(Modifier.PRIVATE)
                .returns(modelType)
                .addStatement("return ($T) this", modelType)
                .build());
        type.addMethod(MethodSpec.methodBuilder("save")
                .addJavadoc("Validates this $L, then inserts it when it has no id, otherwise replaces the stored document.\n",
                        modelType.simpleName())
                .addModifiers(Modifier.PUBLIC)
                .returns(modelType)
                .addStatement("return objects().save(self())")
                .build());
        type.addMethod(MethodSpec.methodBuilder("delete")
                .addJavadoc("Deletes the stored document with this $L's id, with what its relations ask for; returns what\n"
                        + "was deleted, in all and per model.\n", modelType.simpleName())
                .addModifiers(Modifier.PUBLIC)
                .returns(RuntimeNames.DELETED)
                .addStatement("return objects().delete(self())")
                .build());
        type.addMethod(MethodSpec.methodBuilder("fullClean")
                .addJavadoc("Checks every field option and constraint, the embedded models, {@code clean()} and the unique\n"
                        + "values (Django's {@code full_clean}); throws {@code ValidationError} with every problem.\n")
                .addModifiers(Modifier.PUBLIC)
                .addStatement("objects().fullClean(self())")
                .build());
        type.addMethod(MethodSpec.methodBuilder("validateUnique")
                .addJavadoc("Checks with the database that no other $L has this one's unique values.\n",
                        modelType.simpleName())
                .addModifiers(Modifier.PUBLIC)
                .addStatement("objects().validateUnique(self())")
                .build());
        if (model.mutable()) {
            // An immutable model cannot reload itself: objects().refresh(x) returns the stored copy.
            MethodSpec.Builder refresh = MethodSpec.methodBuilder("refreshFromDb")
                    .addJavadoc("Reloads every field from the stored document with this $L's id.\n", modelType.simpleName())
                    .addModifiers(Modifier.PUBLIC)
                    .addStatement("$T self = self()", modelType)
                    .addStatement("$T stored = objects().refresh(self)", modelType);
            for (FieldModel field : model.fields()) {
                refresh.addStatement("$L", CodecGenerator.set(field, "self", CodeBlock.of("$L", field.access().read("stored"))));
            }
            type.addMethod(refresh.build());
        }
        model.id().ifPresent(id -> addEquality(type, model, id));
        addRelationAccessors(type, model);
    }

    /**
     * The relation managers and reverse accessors of an active-record model: {@code entry.tags()}
     * for a many-to-many field, {@code blog.entries()} (a query) for a relation that points at the
     * model, {@code user.profile()} (one object) for a one-to-one.
     */
    private static void addRelationAccessors(TypeSpec.Builder type, ModelClass model) {
        ClassName modelType = model.className();
        for (FieldModel field : model.fields()) {
            if (field.type().kind() != io.djongo.processor.model.ValueKind.REFERENCES) {
                continue;
            }
            ClassName target = field.type().modelClass();
            Access access = field.access();
            MethodSpec.Builder manager = MethodSpec.methodBuilder(field.name())
                    .addJavadoc("The manager of this $L's {@code $L}: {@code add}, {@code remove}, {@code set} and\n"
                            + "{@code clear} change the stored array in place.\n", modelType.simpleName(), field.name())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(ParameterizedTypeName.get(RuntimeNames.RELATED_MANAGER, modelType, target))
                    .addStatement("$T self = self()", modelType);
            if (access.assignable()) {
                manager.beginControlFlow("if ($L == null)", access.read("self"))
                        .addStatement("$L", CodecGenerator.set(field, "self",
                                CodeBlock.of("new $T<>()", RuntimeNames.REF_LIST)))
                        .endControlFlow()
                        .addStatement("return $N.manager(objects(), self, $L)", field.name(), access.read("self"));
            } else {
                // an immutable model keeps its list; a null one is replaced by an empty list for the manager alone
                manager.addStatement("return $N.manager(objects(), self, $L != null ? $L : new $T<>())", field.name(),
                        access.read("self"), access.read("self"), RuntimeNames.REF_LIST);
            }
            type.addMethod(manager.build());
        }
        for (FieldModel field : model.options().through()) {
            ClassName target = field.type().modelClass();
            type.addMethod(MethodSpec.methodBuilder(field.name())
                    .addJavadoc("The manager of this $L's {@code $L}: {@code add}, {@code remove}, {@code set} and\n"
                            + "{@code clear} create and delete {@link $T}s.\n", modelType.simpleName(), field.name(),
                            field.relation().through())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(ParameterizedTypeName.get(RuntimeNames.THROUGH_MANAGER, modelType, target))
                    .addStatement("return $N.manager(Meta.INSTANCE, self())", field.name())
                    .build());
        }
        for (io.djongo.processor.model.ReverseModel reverse : model.options().reverse()) {
            if (reverse.relation().oneToOne()) {
                type.addMethod(MethodSpec.methodBuilder(reverse.accessor())
                        .addJavadoc("The {@link $T} that refers to this $L through {@code $L}.\n\n"
                                + "@throws io.djongo.DoesNotExist when there is none\n", reverse.source(), modelType.simpleName(),
                                reverse.path())
                        .addModifiers(Modifier.PUBLIC)
                        .returns(reverse.source())
                        .addStatement("return $N.of(Meta.INSTANCE, self()).get()", reverse.accessor())
                        .build());
            } else {
                type.addMethod(MethodSpec.methodBuilder(reverse.accessor())
                        .addJavadoc("The {@link $T}s that refer to this $L through {@code $L}, as a query.\n",
                                reverse.source(), modelType.simpleName(), reverse.path())
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(RuntimeNames.QUERY_SET, reverse.source()))
                        .addStatement("return $N.of(Meta.INSTANCE, self())", reverse.accessor())
                        .build());
            }
        }
    }

    /**
     * Django's model equality: two instances are equal when they are of the same model and have
     * the same primary key; an instance without one (never saved) equals only itself. The hash
     * follows the key once there is one.
     */
    private static void addEquality(TypeSpec.Builder type, ModelClass model, FieldModel id) {
        ClassName modelType = model.className();
        String read = id.access().read("self()");
        MethodSpec.Builder equals = MethodSpec.methodBuilder("equals")
                .addJavadoc("Django's model equality: equal to an instance of the same class with the same id; without\n"
                        + "an id (never saved), equal only to itself.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(Object.class, "other")
                .beginControlFlow("if (this == other)")
                .addStatement("return true")
                .endControlFlow()
                .beginControlFlow("if (other == null || other.getClass() != getClass())")
                .addStatement("return false")
                .endControlFlow()
                .addStatement("$T that = ($T) other", modelType, modelType);
        MethodSpec.Builder hashCode = MethodSpec.methodBuilder("hashCode")
                .addJavadoc("The id's hash; the identity hash while there is no id.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class);
        String otherId = id.access().read("that");
        if (id.type().isPrimitive()) {
            equals.addStatement("return $L == $L", read, otherId);
            hashCode.addStatement("return $T.hashCode($L)", id.type().boxed(), read);
        } else {
            equals.addStatement("$T id = $L", id.type().typeName(), read)
                    .addStatement("return id != null && id.equals($L)", otherId);
            hashCode.addStatement("$T id = $L", id.type().typeName(), read)
                    .addStatement("return id == null ? System.identityHashCode(this) : id.hashCode()");
        }
        type.addMethod(equals.build());
        type.addMethod(hashCode.build());
    }
}
