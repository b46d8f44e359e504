package io.djongo.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.djongo.processor.model.ModelClass;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates the {@code ModelIndex} of a compilation: the metadata of every model it declares,
 * listed as a service so the runtime registers codecs without scanning the class path.
 */
public final class IndexGenerator {

    /** The service file that lists index classes. */
    public static final String SERVICE_FILE = "META-INF/services/io.djongo.meta.ModelIndex";

    public JavaFile generate(ClassName index, List<ModelClass> models) {
        CodeBlock.Builder list = CodeBlock.builder().add("return $T.of(", List.class);
        for (int i = 0; i < models.size(); i++) {
            list.add(i == 0 ? "\n$T.INSTANCE" : ",\n$T.INSTANCE", models.get(i).metaName());
        }
        list.add(")");
        TypeSpec.Builder type = TypeSpec.classBuilder(index)
                .addJavadoc("The models of this compilation, found by the runtime through {@code $L}.\n", SERVICE_FILE)
                .addAnnotation(Generated.annotation())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(RuntimeNames.MODEL_INDEX)
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("Called by {@link java.util.ServiceLoader}.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .build())
                .addMethod(MethodSpec.methodBuilder("models")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(List.class),
                                ParameterizedTypeName.get(RuntimeNames.MODEL_META, WildcardTypeName.subtypeOf(Object.class))))
                        .addStatement("$L", list.build())
                        .build());
        for (ModelClass model : models) {
            type.addOriginatingElement(model.element());
        }
        return Generated.file(index.packageName(), type.build());
    }
}
