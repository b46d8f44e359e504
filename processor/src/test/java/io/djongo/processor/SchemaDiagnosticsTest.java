package io.djongo.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.djongo.processor.Compilations.assertError;
import static io.djongo.processor.Compilations.assertWarning;
import static io.djongo.processor.Compilations.compile;
import static io.djongo.processor.Compilations.generated;
import static io.djongo.processor.Compilations.source;
import static io.djongo.processor.Compilations.sourceWithImports;

import com.google.testing.compile.Compilation;
import io.djongo.processor.analysis.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The diagnostics of the schema options: field options ({@code defaultValue}, {@code choices},
 * {@code autoNow}), {@code @Version}, {@code @Model(ordering, indexes)}, Jakarta Bean Validation
 * constraints and {@code @Migration} classes. Each is reported on the offending field, annotation
 * or annotation value, says what is wrong and how to fix it.
 */
class SchemaDiagnosticsTest {
    private static final String JAKARTA = "package test; import io.djongo.annotations.*; import java.time.*; "
            + "import java.util.*; import java.math.*; import org.bson.types.ObjectId; "
            + "import jakarta.validation.constraints.*;";

    // ---- defaults

    @Test
    void defaultCountWhenTwoDefaultsAreGiven() {
        JavaFileObject source = source("Post",
                "@Model",
                "class Post {",
                "    @Id ObjectId id;",
                "    @Field(defaultValue = {\"1\", \"2\"}) int stars;",
                "}");

        assertError(compile(source), Diagnostic.DEFAULT_COUNT, source, "int stars", "gives 2 values", "Keep one");
    }

    @Test
    void badDefaultWhenTheNumberDoesNotFit() {
        JavaFileObject source = source("Post",
                "@Model",
                "class Post {",
                "    @Id ObjectId id;",
                "    @Field(defaultValue = \"40000\") short stars;",
                "}");

        assertError(compile(source), Diagnostic.BAD_DEFAULT, source, "short stars",
                "@Field(defaultValue = \"40000\") on 'stars' is not a value of its type short", "does not fit in a short");
    }

    @Test
    void badDefaultWhenTheEnumHasNoSuchConstant() {
        JavaFileObject source = source("Post",
                "@Model",
                "class Post {",
                "    enum Status { DRAFT, PUBLISHED }",
                "    @Id ObjectId id;",
                "    @Field(defaultValue = \"draft\") Status status;",
                "}");

        assertError(compile(source), Diagnostic.BAD_DEFAULT, source, "Status status",
                "expected one of the constants [DRAFT, PUBLISHED]");
    }

    @Test
    void badDefaultWhenTheInstantIsNotIso() {
        JavaFileObject source = source("Post",
                "@Model",
                "class Post {",
                "    @Id ObjectId id;",
                "    @Field(defaultValue = \"yesterday\") Instant at;",
                "}");

        assertError(compile(source), Diagnostic.BAD_DEFAULT, source, "Instant at", "2024-01-31T10:00:00Z");
    }

    @Test
    void badDefaultWhenAListIsGivenElements() {
        JavaFileObject source = source("Post",
                "@Model",
                "class Post {",
                "    @Id ObjectId id;",
                "    @Field(defaultValue = \"[a]\") List<String> tags;",
                "}");

        assertError(compile(source), Diagnostic.BAD_DEFAULT, source, "List<String> tags", "takes only \"[]\"");
    }

    @Test
    void defaultTypeWhenTheFieldIsAnEmbeddedModel() {
        JavaFileObject source = source("Post",
                "@Model",
                "class Post {",
                "    @EmbeddedModel static class Place { String city; }",
                "    @Id ObjectId id;",
                "    @Field(defaultValue = \"Rome\") Place place;",
                "}");

        assertError(compile(source), Diagnostic.DEFAULT_TYPE, source, "Place place", "has no written form");
    }

    /** Defaults of every written form compile into the codec and the metadata. */
    @Test
    void defaultsOfEveryWrittenFormCompile() {
        JavaFileObject source = source("Post",
                "@Model",
                "class Post {",
                "    enum Status { DRAFT, PUBLISHED }",
                "    @Id ObjectId id;",
                "    @Field(defaultValue = \"x\") String text;",
                "    @Field(defaultValue = \"7\") long count;",
                "    @Field(defaultValue = \"1.5\") double ratio;",
                "    @Field(defaultValue = \"2.50\") java.math.BigDecimal price;",
                "    @Field(defaultValue = \"true\") boolean visible;",
                "    @Field(defaultValue = \"'\") char mark;",
                "    @Field(defaultValue = \"PUBLISHED\") Status status;",
                "    @Field(defaultValue = \"2024-01-31T10:00:00Z\") Instant at;",
                "    @Field(defaultValue = \"2024-01-31\") LocalDate day;",
                "    @Field(defaultValue = \"2024-01-31T10:00\") LocalDateTime time;",
                "    @Field(defaultValue = \"123e4567-e89b-12d3-a456-426614174000\") UUID key;",
                "    @Field(defaultValue = \"[]\") Set<String> tags;",
                "    @Field(defaultValue = \"{}\") Map<String, Integer> votes;",
                "}");

        Compilation compilation = compile(source);

        assertThat(compilation).succeededWithoutWarnings();
        String post = generated(compilation, "test.Post_");
        assertThat(post).contains("value.mark = '\\'';");
        assertThat(post).contains("value.price = new BigDecimal(\"2.50\");");
        assertThat(post).contains(".withDefault(() -> LocalDateTime.parse(\"2024-01-31T10:00\"))");
        assertThat(post).contains("value.tags = new LinkedHashSet<>();");
    }

    // ---- choices

    @Test
    void badChoiceWhenAChoiceIsNotAnInt() {
        JavaFileObject source = source("Post",
                "@Model",
                "class Post {",
                "    @Id ObjectId id;",
                "    @Field(choices = {\"1\", \"two\"}) int stars;",
                "}");

        assertError(compile(source), Diagnostic.BAD_CHOICE, source, "int stars", "\"two\"", "a whole number");
    }

    @Test
    void choicesTypeWhenTheFieldIsAMap() {
        JavaFileObject source = source("Post",
                "@Model",
                "class Post {",
                "    @Id ObjectId id;",
                "    @Field(choices = \"a\") Map<String, String> labels;",
                "}");

        assertError(compile(source), Diagnostic.CHOICES_TYPE, source, "Map<String, String> labels", "Use choices on");
    }

    // ---- automatic timestamps

    @Test
    void autoNowTypeWhenTheFieldIsAString() {
        JavaFileObject source = source("Post",
                "@Model",
                "class Post {",
                "    @Id ObjectId id;",
                "    @Field(autoNow = true) String modified;",
                "}");

        assertError(compile(source), Diagnostic.AUTO_NOW_TYPE, source, "String modified",
                "@Field(autoNow = true) is set on 'modified' of type String", "Instant, Date, LocalDate");
    }

    @Test
    void autoNowBothWhenBothAreSet() {
        JavaFileObject source = source("Post",
                "@Model",
                "class Post {",
                "    @Id ObjectId id;",
                "    @Field(autoNow = true, autoNowAdd = true) Instant at;",
                "}");

        assertError(compile(source), Diagnostic.AUTO_NOW_BOTH, source, "Instant at", "Keep autoNow");
    }

    // ---- versions

    @Test
    void versionTypeWhenTheVersionIsAString() {
        JavaFileObject source = source("Post",
                "@Model",
                "class Post {",
                "    @Id ObjectId id;",
                "    @Version String version;",
                "}");

        assertError(compile(source), Diagnostic.VERSION_TYPE, source, "String version", "Declare it long or int");
    }

    @Test
    void twoVersionsWhenASecondIsDeclared() {
        JavaFileObject source = source("Post",
                "@Model",
                "class Post {",
                "    @Id ObjectId id;",
                "    @Version long version;",
                "    @Version long revision;",
                "}");

        assertError(compile(source), Diagnostic.TWO_VERSIONS, source, "long revision", "'revision' (the first is 'version')");
    }

    @Test
    void versionNotModelWhenAnEmbeddedModelHasOne() {
        JavaFileObject source = source("Place",
                "@EmbeddedModel",
                "class Place {",
                "    @Version long version;",
                "}");

        assertError(compile(source), Diagnostic.VERSION_NOT_MODEL, source, "long version", "Move @Version to the @Model");
    }

    @Test
    void versionIsIdWhenTheIdIsTheVersion() {
        JavaFileObject source = source("Post",
                "@Model",
                "class Post {",
                "    @Id @Version long id;",
                "}");

        assertError(compile(source), Diagnostic.VERSION_IS_ID, source, "long id", "both the @Id and the @Version");
    }

    // ---- ordering

    @Test
    void unknownPathInOrderingWithASuggestion() {
        JavaFileObject source = source("Post",
                "@Model(ordering = \"-pubdate\")",
                "class Post {",
                "    @Id ObjectId id;",
                "    Instant pubDate;",
                "}");

        assertError(compile(source), Diagnostic.UNKNOWN_PATH, source, "@Model(ordering",
                "@Model(ordering) names \"pubdate\", but Post has no field \"pubdate\"; did you mean \"pubDate\"?",
                "Its fields: id, pubDate");
    }

    @Test
    void unknownPathInsideAnEmbeddedModelNamesThatModel() {
        JavaFileObject source = source("Post",
                "@Model(ordering = \"blog__nam\")",
                "class Post {",
                "    @EmbeddedModel static class Blog { String name; }",
                "    @Id ObjectId id;",
                "    Blog blog;",
                "}");

        assertError(compile(source), Diagnostic.UNKNOWN_PATH, source, "@Model(ordering",
                "Blog has no field \"nam\"; did you mean \"name\"?");
    }

    @Test
    void badPathWhenOrderingGoesThroughAString() {
        JavaFileObject source = source("Post",
                "@Model(ordering = \"title.length\")",
                "class Post {",
                "    @Id ObjectId id;",
                "    String title;",
                "}");

        assertError(compile(source), Diagnostic.BAD_PATH, source, "@Model(ordering", "title holds String, which has no fields");
    }

    @Test
    void badPathWhenOrderingIsRandom() {
        JavaFileObject source = source("Post",
                "@Model(ordering = \"?\")",
                "class Post {",
                "    @Id ObjectId id;",
                "}");

        assertError(compile(source), Diagnostic.BAD_PATH, source, "@Model(ordering", "random order is not supported");
    }

    /** Ordering through embedded models, by Java name or Django's snake_case, becomes BSON paths. */
    @Test
    void orderingResolvesToBsonPaths() {
        JavaFileObject source = source("Post",
                "@Model(ordering = {\"-pub_date\", \"blog.name\"})",
                "class Post {",
                "    @EmbeddedModel static class Blog { @Field(name = \"n\") String name; }",
                "    @Id ObjectId id;",
                "    @Field(name = \"published\") Instant pubDate;",
                "    Blog blog;",
                "}");

        Compilation compilation = compile(source);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generated(compilation, "test.Post_")).contains("List.of(\"-published\", \"blog.n\")");
    }

    // ---- indexes

    @Test
    void unknownPathInAnIndex() {
        JavaFileObject source = source("Post",
                "@Model(indexes = @Index(fields = \"titel\"))",
                "class Post {",
                "    @Id ObjectId id;",
                "    String title;",
                "}");

        assertError(compile(source), Diagnostic.UNKNOWN_PATH, source, "@Index(fields = \"titel\")",
                "@Index(fields) names \"titel\"", "did you mean \"title\"?");
    }

    @Test
    void badIndexWhenThePartialFilterIsNotJson() {
        JavaFileObject source = source("Post",
                "@Model(indexes = @Index(fields = \"title\", unique = true, partialFilter = \"{rating: \"))",
                "class Post {",
                "    @Id ObjectId id;",
                "    String title;",
                "}");

        assertError(compile(source), Diagnostic.BAD_INDEX, source, "partialFilter", "is not a JSON document",
                "MongoDB's JSON syntax");
    }

    @Test
    void badIndexWhenTheCollationHasNoLocale() {
        JavaFileObject source = source("Post",
                "@Model(indexes = @Index(fields = \"title\", collation = \"{strength: 2}\"))",
                "class Post {",
                "    @Id ObjectId id;",
                "    String title;",
                "}");

        assertError(compile(source), Diagnostic.BAD_INDEX, source, "collation", "the collation has no locale");
    }

    @Test
    void badIndexWhenATtlIndexIsOnAString() {
        JavaFileObject source = source("Post",
                "@Model(indexes = @Index(fields = \"title\", expireAfterSeconds = 60))",
                "class Post {",
                "    @Id ObjectId id;",
                "    String title;",
                "}");

        assertError(compile(source), Diagnostic.BAD_INDEX, source, "expireAfterSeconds",
                "a TTL index expires documents by the date in its one field");
    }

    @Test
    void badIndexWhenAHashedIndexHasTwoFields() {
        JavaFileObject source = source("Post",
                "@Model(indexes = @Index(fields = {\"title\", \"body\"}, type = IndexType.HASHED))",
                "class Post {",
                "    @Id ObjectId id;",
                "    String title;",
                "    String body;",
                "}");

        assertError(compile(source), Diagnostic.BAD_INDEX, source, "IndexType.HASHED", "HASHED indexes have exactly one field");
    }

    @Test
    void badIndexWhenATextIndexHasANumber() {
        JavaFileObject source = source("Post",
                "@Model(indexes = @Index(fields = {\"title\", \"rating\"}, type = IndexType.TEXT))",
                "class Post {",
                "    @Id ObjectId id;",
                "    String title;",
                "    int rating;",
                "}");

        assertError(compile(source), Diagnostic.BAD_INDEX, source, "IndexType.TEXT", "names rating, which holds int, not text");
    }

    @Test
    void badIndexWhenAWeightNamesAnotherField() {
        JavaFileObject source = source("Post",
                "@Model(indexes = @Index(fields = \"title\", type = IndexType.TEXT, weights = \"body=5\"))",
                "class Post {",
                "    @Id ObjectId id;",
                "    String title;",
                "    String body;",
                "}");

        assertError(compile(source), Diagnostic.BAD_INDEX, source, "weights", "the weight of body names a field the index does not have");
    }

    @Test
    void badIndexWhenAWildcardPathDoesNotEndInStars() {
        JavaFileObject source = source("Post",
                "@Model(indexes = @Index(fields = \"attributes\", type = IndexType.WILDCARD))",
                "class Post {",
                "    @Id ObjectId id;",
                "    Map<String, String> attributes;",
                "}");

        assertError(compile(source), Diagnostic.BAD_INDEX, source, "IndexType.WILDCARD", "attributes.$**");
    }

    @Test
    void badIndexWhenTheIdIsIndexedAgain() {
        JavaFileObject source = source("Post",
                "@Model(indexes = @Index(fields = \"id\"))",
                "class Post {",
                "    @Id ObjectId id;",
                "}");

        assertError(compile(source), Diagnostic.BAD_INDEX, source, "@Index(fields = \"id\")", "the id is always indexed");
    }

    @Test
    void badIndexWhenFieldsIsEmpty() {
        JavaFileObject source = source("Post",
                "@Model(indexes = @Index(fields = {}))",
                "class Post {",
                "    @Id ObjectId id;",
                "}");

        assertError(compile(source), Diagnostic.BAD_INDEX, source, "@Index(fields = {})", "fields is empty");
    }

    @Test
    void duplicateIndexWhenTwoIndexesShareAName() {
        JavaFileObject source = source("Post",
                "@Model(indexes = {@Index(fields = \"title\", name = \"by_title\"), @Index(fields = \"body\", name = \"by_title\")})",
                "class Post {",
                "    @Id ObjectId id;",
                "    String title;",
                "    String body;",
                "}");

        assertError(compile(source), Diagnostic.DUPLICATE_INDEX, source, "@Model(indexes", "two indexes named \"by_title\"");
    }

    /**
     * Every kind of index, on paths through embedded models and array elements, with every
     * option, compiles into the metadata; a field index asked for twice the same way is kept once.
     */
    @Test
    void indexesOfEveryKindCompile() {
        JavaFileObject source = source("Post",
                "@Model(indexes = {",
                "    @Index(fields = {\"blog.name\", \"-pubDate\"}, unique = true, sparse = true,",
                "           partialFilter = \"{rating: {$gt: 3}}\", collation = \"{locale: 'en', strength: 2}\"),",
                "    @Index(fields = {\"title\", \"authors.name\"}, type = IndexType.TEXT, weights = \"title=10\",",
                "           defaultLanguage = \"english\", name = \"search\"),",
                "    @Index(fields = \"place\", type = IndexType.GEO_2DSPHERE),",
                "    @Index(fields = \"title\", type = IndexType.HASHED),",
                "    @Index(fields = \"attributes.$**\", type = IndexType.WILDCARD),",
                "    @Index(fields = \"pubDate\", expireAfterSeconds = 86400, name = \"expiry\"),",
                "    @Index(fields = \"rating\")})",
                "class Post {",
                "    @EmbeddedModel static class Blog { @Field(unique = true) String name; }",
                "    @ArrayModel static class Author { @Field(index = true) String name; }",
                "    @EmbeddedModel static class Point { String type; List<Double> coordinates; }",
                "    @Id ObjectId id;",
                "    Blog blog;",
                "    List<Author> authors;",
                "    String title;",
                "    Instant pubDate;",
                "    @Field(index = true) int rating;",
                "    Point place;",
                "    Map<String, String> attributes;",
                "}");

        Compilation compilation = compile(source);

        assertThat(compilation).succeededWithoutWarnings();
        String post = generated(compilation, "test.Post_");
        assertThat(post).contains("IndexSpec.on(\"blog.name\", 1).unique()");
        assertThat(post).contains("IndexSpec.on(\"authors.name\", 1)");
        assertThat(post).contains("IndexSpec.on(\"blog.name\", 1).then(\"pubDate\", -1).unique().sparse()");
        assertThat(post).contains(".partialFilter(\"{\\\"rating\\\": {\\\"$gt\\\": 3}}\")");
        assertThat(post).contains(".collation(\"{\\\"locale\\\": \\\"en\\\", \\\"strength\\\": 2}\")");
        assertThat(post).contains("IndexSpec.on(\"title\", \"text\").then(\"authors.name\", \"text\").named(\"search\")");
        assertThat(post).contains("IndexSpec.on(\"attributes.$**\", 1)");
        assertThat(post).contains("IndexSpec.on(\"pubDate\", 1).named(\"expiry\").expireAfterSeconds(86400L)");
        assertThat(post).containsMatch("(?s)IndexSpec.on\\(\"rating\", 1\\),.*");
        assertThat(post.split("IndexSpec.on\\(\"rating\", 1\\)", -1)).hasLength(2);
    }

    // ---- Jakarta Bean Validation

    @Test
    void constraintTargetWhenSizeIsOnAnInt() {
        JavaFileObject source = sourceWithImports(JAKARTA, "Post",
                "@Model",
                "class Post {",
                "    @Id ObjectId id;",
                "    @Size(max = 3) int stars;",
                "}");

        assertError(compile(source), Diagnostic.CONSTRAINT_TARGET, source, "int stars",
                "@Size on 'stars' does not apply to its type int", "strings, lists, sets, maps and byte arrays");
    }

    @Test
    void constraintTargetOnAListElement() {
        JavaFileObject source = sourceWithImports(JAKARTA, "Post",
                "@Model",
                "class Post {",
                "    @Id ObjectId id;",
                "    List<@Email Integer> codes;",
                "}");

        assertError(compile(source), Diagnostic.CONSTRAINT_TARGET, source, "List<@Email Integer> codes",
                "@Email on 'codes' does not apply to its type Integer");
    }

    @Test
    void badConstraintWhenThePatternDoesNotCompile() {
        JavaFileObject source = sourceWithImports(JAKARTA, "Post",
                "@Model",
                "class Post {",
                "    @Id ObjectId id;",
                "    @Pattern(regexp = \"[a-z\") String code;",
                "}");

        assertError(compile(source), Diagnostic.BAD_CONSTRAINT, source, "String code", "is not a regular expression");
    }

    @Test
    void badConstraintWhenSizeAllowsNothing() {
        JavaFileObject source = sourceWithImports(JAKARTA, "Post",
                "@Model",
                "class Post {",
                "    @Id ObjectId id;",
                "    @Size(min = 5, max = 2) String code;",
                "}");

        assertError(compile(source), Diagnostic.BAD_CONSTRAINT, source, "String code", "min = 5 and max = 2 allow no size");
    }

    @Test
    void badConstraintWhenDecimalMinIsNotANumber() {
        JavaFileObject source = sourceWithImports(JAKARTA, "Post",
                "@Model",
                "class Post {",
                "    @Id ObjectId id;",
                "    @DecimalMin(\"ten\") BigDecimal price;",
                "}");

        assertError(compile(source), Diagnostic.BAD_CONSTRAINT, source, "BigDecimal price", "\"ten\" is not a decimal number");
    }

    /** A custom constraint cannot be compiled in: a warning on the field says so, never silence. */
    @Test
    void unsupportedConstraintWarnsOnACustomConstraint() {
        JavaFileObject source = sourceWithImports(JAKARTA, "Post",
                "@Model",
                "class Post {",
                "    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)",
                "    @jakarta.validation.Constraint(validatedBy = {})",
                "    @interface Isbn { String message() default \"\"; Class<?>[] groups() default {};",
                "        Class<? extends jakarta.validation.Payload>[] payload() default {}; }",
                "    @Id ObjectId id;",
                "    @Isbn String isbn;",
                "}");

        Compilation compilation = compile(source);

        assertThat(compilation).succeeded();
        assertWarning(compilation, Diagnostic.UNSUPPORTED_CONSTRAINT, source, "@Isbn String isbn",
                "@Isbn on 'isbn' is not checked", "custom constraints", "Check the rule in Post's clean() method");
    }

    @Test
    void constraintGroupsWarn() {
        JavaFileObject source = sourceWithImports(JAKARTA, "Post",
                "@Model",
                "class Post {",
                "    interface Strict {}",
                "    @Id ObjectId id;",
                "    @NotBlank(groups = Strict.class) String title;",
                "}");

        Compilation compilation = compile(source);

        assertThat(compilation).succeeded();
        assertWarning(compilation, Diagnostic.CONSTRAINT_GROUPS, source, "String title", "names validation groups");
    }

    @Test
    void constraintNoEffectWarnsOnNotNullOfAPrimitive() {
        JavaFileObject source = sourceWithImports(JAKARTA, "Post",
                "@Model",
                "class Post {",
                "    @Id ObjectId id;",
                "    @NotNull int stars;",
                "}");

        Compilation compilation = compile(source);

        assertThat(compilation).succeeded();
        assertWarning(compilation, Diagnostic.CONSTRAINT_NO_EFFECT, source, "int stars", "its type int is never null");
    }

    /** Every constraint of jakarta.validation.constraints, with its values and own message, compiles in. */
    @Test
    void everyJakartaConstraintCompiles() {
        JavaFileObject source = sourceWithImports(JAKARTA, "Post",
                "@Model",
                "class Post {",
                "    @Id ObjectId id;",
                "    @NotNull @NotBlank @Size(min = 2, max = 40, message = \"{min} to {max} characters\") String title;",
                "    @Null String legacy;",
                "    @NotEmpty List<@Email String> emails;",
                "    @Min(1) @Max(5) int stars;",
                "    @DecimalMin(value = \"0.5\", inclusive = false) @DecimalMax(\"99.9\") @Digits(integer = 2, fraction = 1)",
                "    BigDecimal price;",
                "    @Positive long views;",
                "    @PositiveOrZero int likes;",
                "    @Negative int debt;",
                "    @NegativeOrZero int balance;",
                "    @Pattern(regexp = \"[A-Z]{3}\", flags = Pattern.Flag.CASE_INSENSITIVE) String code;",
                "    @Past Instant born;",
                "    @PastOrPresent LocalDate joined;",
                "    @Future LocalDateTime due;",
                "    @FutureOrPresent Date renewal;",
                "    @AssertTrue boolean accepted;",
                "    @AssertFalse Boolean banned;",
                "}");

        Compilation compilation = compile(source);

        assertThat(compilation).succeededWithoutWarnings();
        String post = generated(compilation, "test.Post_");
        assertThat(post).contains("Constraint.size(2, 40).withMessage(\"2 to 40 characters\")");
        assertThat(post).contains(".withElementConstraints(Constraint.email())");
        assertThat(post).contains("Constraint.decimalMin(\"0.5\", false)");
        assertThat(post).contains("Constraint.pattern(\"[A-Z]{3}\", 2)");
        assertThat(post).contains("Constraint.assertFalse()");
        assertThat(post).contains("violations.check(EMAILS, value.emails);");
    }

    // ---- migrations

    private static final String MIGRATIONS = "package test.migrations; import io.djongo.annotations.Migration; "
            + "import io.djongo.migrations.*; import java.util.List;";

    @Test
    void migrationNotOperationsWhenTheInterfaceIsMissing() {
        JavaFileObject source = sourceWithImports(MIGRATIONS, "V0001_Initial",
                "@Migration",
                "public final class V0001_Initial {}");

        assertError(compile(source), Diagnostic.MIGRATION_NOT_OPERATIONS, source, "class V0001_Initial",
                "does not implement io.djongo.migrations.Operations");
    }

    @Test
    void migrationDeclarationWhenTheConstructorTakesArguments() {
        JavaFileObject source = sourceWithImports(MIGRATIONS, "V0001_Initial",
                "@Migration",
                "public final class V0001_Initial implements Operations {",
                "    public V0001_Initial(String name) {}",
                "    public List<Operation> operations() { return List.of(); }",
                "}");

        assertError(compile(source), Diagnostic.MIGRATION_DECLARATION, source, "class V0001_Initial",
                "no public constructor without parameters");
    }

    @Test
    void migrationDeclarationWhenTheClassIsNotPublic() {
        JavaFileObject source = sourceWithImports(MIGRATIONS, "V0001_Initial",
                "@Migration",
                "final class V0001_Initial implements Operations {",
                "    public List<Operation> operations() { return List.of(); }",
                "}");

        assertError(compile(source), Diagnostic.MIGRATION_DECLARATION, source, "class V0001_Initial",
                "must be a public, concrete");
    }

    @Test
    void migrationDependencyWhenTheDependencyIsMisspelt() {
        JavaFileObject first = sourceWithImports(MIGRATIONS, "V0001_Initial",
                "@Migration",
                "public final class V0001_Initial implements Operations {",
                "    public List<Operation> operations() { return List.of(); }",
                "}");
        JavaFileObject second = sourceWithImports(MIGRATIONS, "V0002_More",
                "@Migration(dependsOn = \"V0001_Initail\")",
                "public final class V0002_More implements Operations {",
                "    public List<Operation> operations() { return List.of(); }",
                "}");

        assertError(compile(first, second), Diagnostic.MIGRATION_DEPENDENCY, second, "@Migration(dependsOn",
                "depends on \"V0001_Initail\"", "did you mean \"V0001_Initial\"?", "Migrations there: V0001_Initial");
    }

    /** Migrations are listed in the model index, created without reflection. */
    @Test
    void migrationsAreListedInTheIndex() {
        JavaFileObject first = sourceWithImports(MIGRATIONS, "V0001_Initial",
                "@Migration",
                "public final class V0001_Initial implements Operations {",
                "    public List<Operation> operations() { return List.of(); }",
                "}");

        Compilation compilation = compile(first);

        assertThat(compilation).succeededWithoutWarnings();
        String index = generated(compilation, "test.migrations.DjongoModelIndex");
        assertThat(index).contains("case \"test.migrations.V0001_Initial\" -> new V0001_Initial();");
    }

    /** The runtime orders migrations by their dependencies, which the index records: the annotation is not kept at run time. */
    @Test
    void migrationDependenciesAreRecordedInTheIndex() {
        JavaFileObject first = sourceWithImports(MIGRATIONS, "V0001_Initial",
                "@Migration",
                "public final class V0001_Initial implements Operations {",
                "    public List<Operation> operations() { return List.of(); }",
                "}");
        JavaFileObject second = sourceWithImports(MIGRATIONS, "V0002_More",
                "@Migration(dependsOn = \"V0001_Initial\")",
                "public final class V0002_More implements Operations {",
                "    public List<Operation> operations() { return List.of(); }",
                "}");

        Compilation compilation = compile(first, second);

        assertThat(compilation).succeededWithoutWarnings();
        String index = generated(compilation, "test.migrations.DjongoModelIndex");
        assertThat(index).contains("case \"test.migrations.V0002_More\" -> List.of(\"V0001_Initial\");");
        assertThat(index).doesNotContain("case \"test.migrations.V0001_Initial\" -> List.of(");
        assertThat(index).contains("default -> List.of();");
    }
}
