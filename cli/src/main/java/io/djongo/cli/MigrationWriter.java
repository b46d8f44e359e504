package io.djongo.cli;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.djongo.migrations.Fields;
import io.djongo.migrations.Operation;
import io.djongo.migrations.Operations;
import io.djongo.migrations.operations.AddField;
import io.djongo.migrations.operations.AlterField;
import io.djongo.migrations.operations.CreateCollection;
import io.djongo.migrations.operations.CreateIndex;
import io.djongo.migrations.operations.DropCollection;
import io.djongo.migrations.operations.DropIndex;
import io.djongo.migrations.operations.RemoveField;
import io.djongo.migrations.operations.RenameCollection;
import io.djongo.migrations.operations.RenameField;
import io.djongo.migrations.operations.SetValidator;
import io.djongo.schema.FieldSchema;
import io.djongo.schema.IndexSpec;
import io.djongo.schema.TypeSchema;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * Writes a migration as a readable Java source file, as a person would write it (Django's
 * {@code MigrationWriter}): a {@code @Migration} class implementing {@code Operations} whose
 * operations use the static factories and the {@link Fields} spelling.
 *
 * <pre>{@code
 * @Migration(dependsOn = "V0001_Initial")
 * public final class V0002_AddPubDateIndex implements Operations {
 *     @Override
 *     public List<Operation> operations() {
 *         return List.of(
 *                 CreateIndex.on("entry", IndexSpec.on("pub_date", -1)));
 *     }
 * }
 * }</pre>
 */
final class MigrationWriter {
    private static final ClassName MIGRATION = ClassName.get("io.djongo.annotations", "Migration");
    private static final ClassName FIELDS = ClassName.get(Fields.class);
    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private MigrationWriter() {}

    /**
     * The source of the migration {@code className} in {@code packageName}.
     *
     * @param dependsOn the migration it depends on, or {@code null} for an app's first
     * @throws IllegalArgumentException for an operation that has no source form (code, converters)
     */
    static String source(String packageName, String className, String dependsOn, List<Operation> operations) {
        CodeBlock.Builder body = CodeBlock.builder();
        if (operations.isEmpty()) {
            body.add("// Add operations, such as RunCode.of(\"what it does\", data -> ...), to this list.\n");
            body.addStatement("return $T.of()", List.class);
        } else {
            body.add("return $T.of($>$>", List.class);
            for (int i = 0; i < operations.size(); i++) {
                body.add("\n").add(operation(operations.get(i))).add(i < operations.size() - 1 ? "," : "");
            }
            body.add(");\n$<$<");
        }
        AnnotationSpec.Builder migration = AnnotationSpec.builder(MIGRATION);
        if (dependsOn != null) {
            migration.addMember("dependsOn", "$S", dependsOn);
        }
        TypeSpec type = TypeSpec.classBuilder(className)
                .addJavadoc(javadoc(operations))
                .addAnnotation(migration.build())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(Operations.class)
                .addMethod(MethodSpec.methodBuilder("operations")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(List.class, Operation.class))
                        .addCode(body.build())
                        .build())
                .build();
        JavaFile.Builder file = JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("    ");
        if (operations.stream().anyMatch(op -> op instanceof CreateCollection || op instanceof AddField || op instanceof AlterField)) {
            file.addStaticImport(FIELDS, "*");
        }
        // JavaPoet puts each member of a type's annotation on its own line; one member reads better inline.
        return file.build().toString().replaceFirst("@Migration\\(\n\\s+(dependsOn = [^\n]*)\n\\)", "@Migration($1)");
    }

    private static CodeBlock javadoc(List<Operation> operations) {
        CodeBlock.Builder doc = CodeBlock.builder().add("Made by {@code djongo makemigrations}");
        if (operations.isEmpty()) {
            return doc.add(" as an empty migration, for data migrations written by hand.\n").build();
        }
        doc.add(":\n<ul>\n");
        for (Operation operation : operations) {
            doc.add("  <li>$L</li>\n", html(operation.describe()));
        }
        return doc.add("</ul>\n").build();
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
                .replace("*/", "*&#47;");
    }

    // ---- operations

    static CodeBlock operation(Operation operation) {
        if (operation instanceof CreateCollection create) {
            CodeBlock.Builder code = CodeBlock.builder().add("$T.named($S)$>$>", CreateCollection.class, create.name());
            if (create.model() != null) {
                code.add("\n.model($S)", create.model());
            }
            for (FieldSchema field : create.fields()) {
                code.add("\n.field(");
                if (field.defaultValue() == null) {
                    code.add(fieldArguments(field));
                } else {
                    code.add(field(field));
                }
                code.add(")");
            }
            if (create.validator() != null) {
                code.add("\n.validator($S)", create.validator().toJson(RELAXED));
            }
            return code.add("$<$<").build();
        }
        if (operation instanceof DropCollection drop) {
            return CodeBlock.of("$T.named($S)", DropCollection.class, drop.name());
        }
        if (operation instanceof RenameCollection rename) {
            return CodeBlock.of("$T.of($S, $S)", RenameCollection.class, rename.from(), rename.to());
        }
        if (operation instanceof CreateIndex create) {
            return CodeBlock.of("$T.on($S, $L)", CreateIndex.class, create.collection(), index(create.index()));
        }
        if (operation instanceof DropIndex drop) {
            return CodeBlock.of("$T.of($S, $S)", DropIndex.class, drop.collection(), drop.name());
        }
        if (operation instanceof AddField add) {
            return add.parent().isEmpty()
                    ? CodeBlock.of("$T.to($S, $L)", AddField.class, add.collection(), field(add.field()))
                    : CodeBlock.of("$T.to($S, $S, $L)", AddField.class, add.collection(), add.parent(), field(add.field()));
        }
        if (operation instanceof RemoveField remove) {
            return CodeBlock.of("$T.from($S, $S)", RemoveField.class, remove.collection(), remove.path());
        }
        if (operation instanceof RenameField rename) {
            return CodeBlock.of("$T.in($S, $S, $S)", RenameField.class, rename.collection(), rename.path(), rename.newKey());
        }
        if (operation instanceof AlterField alter && alter.converter() == null && alter.backConverter() == null) {
            CodeBlock code = CodeBlock.of("$T.of($S, $S, $L)", AlterField.class, alter.collection(), alter.path(), type(alter.type()));
            return alter.defaultValue() == null ? code : CodeBlock.of("$L.withDefault($L)", code, value(alter.defaultValue()));
        }
        if (operation instanceof SetValidator set) {
            return set.validator() == null ? CodeBlock.of("$T.remove($S)", SetValidator.class, set.collection())
                    : CodeBlock.of("$T.of($S, $S)", SetValidator.class, set.collection(), set.validator().toJson(RELAXED));
        }
        throw new IllegalArgumentException("makemigrations cannot write \"" + operation.describe() + "\" as source: "
                + "write operations with code (RunCode, converters) by hand");
    }

    /** {@code "_id", "id", OBJECT_ID}: the arguments of {@code field(...)}, the Java name only when it is not the key. */
    private static CodeBlock fieldArguments(FieldSchema field) {
        return field.name().equals(field.key()) ? CodeBlock.of("$S, $L", field.key(), type(field.type()))
                : CodeBlock.of("$S, $S, $L", field.key(), field.name(), type(field.type()));
    }

    private static CodeBlock field(FieldSchema field) {
        CodeBlock code = CodeBlock.of("field($L)", fieldArguments(field));
        return field.defaultValue() == null ? code : CodeBlock.of("$L.withDefault($L)", code, value(field.defaultValue()));
    }

    static CodeBlock type(TypeSchema type) {
        switch (type.kind()) {
            case LIST:
                return CodeBlock.of("listOf($L)", type(type.element()));
            case SET:
                return CodeBlock.of("setOf($L)", type(type.element()));
            case MAP:
                return CodeBlock.of("mapOf($L)", type(type.element()));
            case EMBEDDED:
                if (type.recursive()) {
                    return CodeBlock.of("recursive($S)", type.model());
                }
                CodeBlock.Builder code = CodeBlock.builder().add("embedded($S", type.model());
                if (!type.fields().isEmpty()) {
                    code.add(",$>$>");
                    for (int i = 0; i < type.fields().size(); i++) {
                        code.add("\n").add(field(type.fields().get(i))).add(i < type.fields().size() - 1 ? "," : "");
                    }
                    code.add("$<$<");
                }
                return code.add(")").build();
            default:
                return CodeBlock.of("$L", type.kind().name());
        }
    }

    static CodeBlock value(BsonValue value) {
        switch (value.getBsonType()) {
            case STRING:
                return CodeBlock.of("new $T($S)", BsonString.class, value.asString().getValue());
            case INT32:
                return CodeBlock.of("new $T($L)", BsonInt32.class, value.asInt32().getValue());
            case INT64:
                return CodeBlock.of("new $T($LL)", BsonInt64.class, value.asInt64().getValue());
            case DOUBLE:
                double d = value.asDouble().getValue();
                if (!Double.isNaN(d) && !Double.isInfinite(d)) {
                    return CodeBlock.of("new $T($L)", BsonDouble.class, Double.toString(d));
                }
                break;
            case BOOLEAN:
                return CodeBlock.of("$T.$L", BsonBoolean.class, value.asBoolean().getValue() ? "TRUE" : "FALSE");
            default:
                break;
        }
        String json = new BsonDocument("v", value).toJson(RELAXED); // dates as ISO-8601 text; other types exact
        return CodeBlock.of("bson($S)", json.substring(json.indexOf(':') + 1, json.length() - 1).trim());
    }

    /** {@code IndexSpec.on("blog.name", 1).then("pub_date", -1).unique()}: the keys, then each option. */
    static CodeBlock index(IndexSpec index) {
        CodeBlock.Builder code = CodeBlock.builder();
        boolean first = true;
        for (Map.Entry<String, BsonValue> key : index.keys().entrySet()) {
            BsonValue direction = key.getValue();
            code.add(first ? "$T.on($S, " : ".then($S, ", first ? new Object[] {IndexSpec.class, key.getKey()}
                    : new Object[] {key.getKey()});
            code.add(direction.isString() ? CodeBlock.of("$S)", direction.asString().getValue())
                    : CodeBlock.of("$L)", direction.asNumber().intValue()));
            first = false;
        }
        BsonDocument spec = index.toBson();
        String defaultName = IndexSpec.fromBson(new BsonDocument("key", spec.getDocument("key"))).name();
        List<CodeBlock> options = new java.util.ArrayList<>();
        if (!index.name().equals(defaultName)) {
            options.add(CodeBlock.of(".named($S)", index.name()));
        }
        if (index.isUnique()) {
            options.add(CodeBlock.of(".unique()"));
        }
        if (index.isSparse()) {
            options.add(CodeBlock.of(".sparse()"));
        }
        if (index.partialFilterExpression() != null) {
            options.add(CodeBlock.of(".partialFilter($S)", index.partialFilterExpression().toJson(RELAXED)));
        }
        if (index.expireAfter() != null) {
            options.add(CodeBlock.of(".expireAfterSeconds($LL)", index.expireAfter()));
        }
        if (index.collationDocument() != null) {
            options.add(CodeBlock.of(".collation($S)", index.collationDocument().toJson(RELAXED)));
        }
        if (index.weightsDocument() != null) {
            options.add(CodeBlock.of(".weights($S)", index.weightsDocument().toJson(RELAXED)));
        }
        if (index.language() != null) {
            options.add(CodeBlock.of(".defaultLanguage($S)", index.language()));
        }
        if (options.size() == 1) {
            code.add(options.get(0));
        } else if (options.size() > 1) {
            code.add("$>$>"); // one option a line, as a person would break a long chain
            options.forEach(option -> code.add("\n").add(option));
            code.add("$<$<");
        }
        return code.build();
    }
}
