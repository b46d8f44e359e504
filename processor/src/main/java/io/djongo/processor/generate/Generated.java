package io.djongo.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;

/** What every generated file shares: the {@code @Generated} marker and the file layout. */
public final class Generated {
    /** The processor named in {@code @Generated}. */
    public static final String PROCESSOR = "io.djongo.processor.DjongoProcessor";

    private static final AnnotationSpec ANNOTATION = AnnotationSpec
            .builder(ClassName.get("javax.annotation.processing", "Generated"))
            .addMember("value", "$S", PROCESSOR)
            .build();

    private Generated() {}

    static AnnotationSpec annotation() {
        return ANNOTATION;
    }

    /** The file for {@code type} in {@code packageName}, formatted as hand-written code would be. */
    static JavaFile file(String packageName, TypeSpec type) {
        return JavaFile.builder(packageName, type)
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }
}
