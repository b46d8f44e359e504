package io.djongo.processor.model;

import java.util.Objects;
import javax.lang.model.element.Element;

/**
 * One persistent field of a model.
 *
 * @param name the Java name
 * @param bsonName the key in the document ({@code _id} for the id)
 * @param type the analysed type
 * @param access how generated code reads and writes it
 * @param id whether this is the {@code @Id}
 * @param version whether this is the {@code @Version}
 * @param options the {@code @Field} options
 * @param element the field, record component or accessor the field was declared by, where
 *     diagnostics about it are reported
 * @param pathIsMethod whether the query path is a method rather than a field, because the field
 *     embeds a model that embeds this one again (eager fields would never end)
 * @param javadoc the field's documentation comment, copied to its generated path so IDEs show
 *     it there; {@code null} when it has none
 * @param relation the relation of a reference field; {@code null} for other fields
 */
public record FieldModel(String name, String bsonName, FieldType type, Access access, boolean id, boolean version,
        FieldOptions options, Element element, boolean pathIsMethod, String javadoc, RelationModel relation) {

    public FieldModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bsonName, "bsonName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(options, "options");
    }

    public FieldModel withOptions(FieldOptions options) {
        return new FieldModel(name, bsonName, type, access, id, version, options, element, pathIsMethod, javadoc,
                relation);
    }

    public FieldModel withPathIsMethod(boolean pathIsMethod) {
        return new FieldModel(name, bsonName, type, access, id, version, options, element, pathIsMethod, javadoc,
                relation);
    }
}
