package io.djongo.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import io.djongo.processor.model.FieldModel;
import io.djongo.processor.model.ModelClass;
import javax.lang.model.element.Modifier;

/**
 * Generates the companion {@code Blog_<R>} of an embedded or array model: the paths of its fields
 * under a prefix, for queries rooted at any model {@code R} that contains it
 * ({@code Entry_.blog.name}), and rooted at the element itself inside {@code elemMatch}.
 * {@link CompanionGenerator} adds the nested codec and metadata.
 */
public final class PathsGenerator {

    public TypeSpec.Builder companion(ModelClass model) {
        ClassName paths = model.companionName();
        TypeVariableName root = TypeVariableName.get("R");
        TypeSpec.Builder type = TypeSpec.classBuilder(paths)
                .addJavadoc("Query paths into {@link $T} values, for queries on model {@code R}.\n", model.className())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addTypeVariable(root)
                .superclass(ParameterizedTypeName.get(RuntimeNames.EMBEDDED_PATH, root, model.className()));

        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addJavadoc("Paths under {@code path}; the empty path roots them at the {@link $T} itself.\n",
                        model.className())
                .addModifiers(Modifier.PUBLIC)
                .addParameter(String.class, "path")
                .addStatement("super(path, $T.INSTANCE)", model.codecName());
        for (FieldModel field : model.fields()) {
            TypeName pathType = PathExpressions.type(field.type(), root);
            CodeBlock initializer = PathExpressions.initializer(field.type(), root, CodeBlock.of("child($S)", field.bsonName()));
            if (field.pathIsMethod()) {
                type.addMethod(MethodSpec.methodBuilder(field.name())
                        .addJavadoc(field.javadoc() == null ? CodeBlock.of("") : CodeBlock.of("$L\n<p>", field.javadoc()))
                        .addJavadoc("The path of {@code $L}; a method, not a field, because {@link $T} contains "
                                + "itself through it.\n", field.name(), field.type().typeName())
                        .addModifiers(Modifier.PUBLIC)
                        .returns(pathType)
                        .addStatement("return $L", initializer)
                        .build());
            } else {
                FieldSpec.Builder path = FieldSpec.builder(pathType, field.name(), Modifier.PUBLIC, Modifier.FINAL);
                if (field.javadoc() != null) {
                    path.addJavadoc("$L", field.javadoc());
                }
                type.addField(path.build());
                constructor.addStatement("this.$N = $L", field.name(), initializer);
            }
        }
        type.addMethod(constructor.build());
        return type;
    }
}
