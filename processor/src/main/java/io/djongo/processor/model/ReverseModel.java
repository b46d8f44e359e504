package io.djongo.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.Objects;

/**
 * A relation seen from the model it points at: generated there as a static path
 * ({@code Blog_.entries}) and, when the target extends its companion, an accessor
 * ({@code blog.entries()}).
 *
 * @param source the {@code @Model} that holds the reference
 * @param path where the source stores it: {@code blog_id}, {@code tags}, {@code authors.profile_id}
 * @param relation the relation
 * @param accessor the name of the path and the accessor
 */
public record ReverseModel(ClassName source, String path, RelationModel relation, String accessor) {
    public ReverseModel {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(accessor, "accessor");
    }
}
