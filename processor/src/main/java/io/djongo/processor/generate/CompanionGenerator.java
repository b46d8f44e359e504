package io.djongo.processor.generate;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.djongo.processor.model.ModelClass;
import io.djongo.processor.model.ModelKind;

/**
 * Assembles the one source file generated for an annotated class, its companion {@code Entry_}:
 * the paths (and, for a {@code @Model}, the manager and active-record methods) from
 * {@link MetamodelGenerator} or {@link PathsGenerator}, with the nested {@code Codec} from
 * {@link CodecGenerator} and {@code Meta} from {@link MetaGenerator}.
 */
public final class CompanionGenerator {

    public JavaFile generate(ModelClass model) {
        TypeSpec.Builder companion = model.kind() == ModelKind.MODEL
                ? new MetamodelGenerator().companion(model)
                : new PathsGenerator().companion(model);
        companion.addAnnotation(Generated.annotation())
                .addOriginatingElement(model.element())
                .addType(new CodecGenerator().generate(model))
                .addType(new MetaGenerator().generate(model));
        return Generated.file(model.companionName().packageName(), companion.build());
    }
}
