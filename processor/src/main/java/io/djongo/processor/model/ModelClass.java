package io.djongo.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * Everything the generators need to know about one annotated class, built once by the analysis
 * and never changed.
 *
 * @param element the annotated class, the originating element of every generated file
 * @param className the model class
 * @param kind which annotation declared it
 * @param collection the collection of a {@code @Model}; {@code null} otherwise
 * @param creator how instances are built from read values (a record's canonical constructor, the
 *     constructor that takes a class's final fields); {@code null} when a class is built with its
 *     constructor without parameters and its fields assigned one by one
 * @param extendsMetamodel whether it declares {@code extends Foo_}, so {@code Foo_} may carry
 *     instance methods that cast {@code this} to {@code Foo}
 * @param fields the persistent fields in declaration order
 * @param options the model options, ordering and indexes
 */
public record ModelClass(TypeElement element, ClassName className, ModelKind kind, String collection,
        Creator creator, boolean extendsMetamodel, List<FieldModel> fields, ModelOptions options) {

    public ModelClass {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(kind, "kind");
        fields = List.copyOf(fields);
        Objects.requireNonNull(options, "options");
    }

    public Optional<FieldModel> id() {
        return fields.stream().filter(FieldModel::id).findFirst();
    }

    /** {@code Entry_}: the one generated source file of this model. */
    public ClassName companionName() {
        return GeneratedNames.companion(className);
    }

    public ClassName codecName() {
        return GeneratedNames.codec(className);
    }

    public ClassName metaName() {
        return GeneratedNames.meta(className);
    }

    /**
     * Whether every stored field can be changed on an existing instance, so the generated helpers
     * change the instance itself; otherwise they build a changed copy through the {@link #creator()}.
     */
    public boolean mutable() {
        return fields.stream().allMatch(field -> field.access().assignable());
    }

    public Optional<FieldModel> version() {
        return fields.stream().filter(FieldModel::version).findFirst();
    }

    public ModelClass withFields(List<FieldModel> fields) {
        return new ModelClass(element, className, kind, collection, creator, extendsMetamodel, fields, options);
    }

    public ModelClass withOptions(ModelOptions options) {
        return new ModelClass(element, className, kind, collection, creator, extendsMetamodel, fields, options);
    }
}
