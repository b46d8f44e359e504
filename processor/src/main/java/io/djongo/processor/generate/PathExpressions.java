package io.djongo.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.djongo.processor.model.FieldType;
import io.djongo.processor.model.GeneratedNames;

/**
 * The typed path of a field, as a declared type and an initializer, for a query rooted at
 * model {@code root}. The metamodel ({@code Entry_}) and the paths of embedded models
 * ({@code Blog_}) both declare their paths through it.
 */
final class PathExpressions {
    private PathExpressions() {}

    /** The path type: {@code StringPath<Entry>}, {@code NumberPath<Entry, Integer>}, {@code Blog_<Entry>}, ... */
    static TypeName type(FieldType type, TypeName root) {
        switch (type.kind()) {
            case EMBEDDED:
                return ParameterizedTypeName.get(GeneratedNames.companion(type.modelClass()), root);
            case LIST:
            case SET:
                if (type.isModelArray()) {
                    FieldType element = type.element();
                    return ParameterizedTypeName.get(RuntimeNames.MODEL_ARRAY_PATH, root, element.typeName(),
                            ParameterizedTypeName.get(GeneratedNames.companion(element.modelClass()), root),
                            ParameterizedTypeName.get(GeneratedNames.companion(element.modelClass()), element.typeName()));
                }
                return ParameterizedTypeName.get(RuntimeNames.ARRAY_PATH, root, type.element().boxed());
            case MAP:
                return ParameterizedTypeName.get(RuntimeNames.MAP_PATH, root, type.element().boxed(),
                        type(type.element(), root));
            case REFERENCE:
                return ParameterizedTypeName.get(RuntimeNames.REF_PATH, root, type.modelClass());
            case REFERENCES:
                return ParameterizedTypeName.get(RuntimeNames.REF_LIST_PATH, root, type.modelClass());
            default:
                break;
        }
        switch (type.kind().pathFamily()) {
            case STRING:
                return ParameterizedTypeName.get(RuntimeNames.STRING_PATH, root);
            case NUMBER:
                return ParameterizedTypeName.get(RuntimeNames.NUMBER_PATH, root, type.boxed());
            case DATE:
                return ParameterizedTypeName.get(RuntimeNames.DATE_PATH, root, type.boxed());
            case COMPARABLE:
                return ParameterizedTypeName.get(RuntimeNames.COMPARABLE_PATH, root, type.boxed());
            default:
                return ParameterizedTypeName.get(RuntimeNames.PATH, root, type.boxed());
        }
    }

    /**
     * The initializer, given the expression of the path's BSON name: {@code new StringPath<Entry>("headline")}.
     * The type arguments are written out rather than left to a diamond: javac infers a diamond whose
     * arguments are lambdas or method references by attributing them more than once, and a model's
     * paths are most of what it attributes in a large application.
     */
    static CodeBlock initializer(FieldType type, TypeName root, CodeBlock name) {
        return initializer(type, root, name, 0);
    }

    /** {@code depth} counts enclosing maps, whose value lambdas need distinct parameter names. */
    private static CodeBlock initializer(FieldType type, TypeName root, CodeBlock name, int depth) {
        TypeName path = type(type, root);
        switch (type.kind()) {
            case EMBEDDED:
                return CodeBlock.of("new $T($L)", path, name);
            case LIST:
            case SET:
                if (type.isModelArray()) {
                    com.palantir.javapoet.ClassName paths = GeneratedNames.companion(type.element().modelClass());
                    return CodeBlock.of("new $T($L,$W$L,$W$T::new,$W$T::new)", path, name,
                            CodecExpressions.codec(type.element()), paths, paths);
                }
                return CodeBlock.of("new $T($L, $L)", path, name, CodecExpressions.codec(type.element()));
            case REFERENCE:
            case REFERENCES:
                return CodeBlock.of("new $T($L, $T::instance)", path, name, GeneratedNames.meta(type.modelClass()));
            case MAP: {
                String key = depth == 0 ? "key" : "key" + depth;
                return CodeBlock.of("new $T($L, $L,$W$N -> $L)", path, name, CodecExpressions.codec(type.element()), key,
                        initializer(type.element(), root, CodeBlock.of("$N", key), depth + 1));
            }
            default:
                break;
        }
        if (type.kind().pathFamily() == io.djongo.processor.model.ValueKind.PathFamily.STRING) {
            return CodeBlock.of("new $T($L)", path, name);
        }
        return CodeBlock.of("new $T($L, $L)", path, name, CodecExpressions.codec(type));
    }
}
