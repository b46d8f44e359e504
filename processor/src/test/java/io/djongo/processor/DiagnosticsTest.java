package io.djongo.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static io.djongo.processor.Compilations.assertError;
import static io.djongo.processor.Compilations.compile;
import static io.djongo.processor.Compilations.errorsTagged;
import static io.djongo.processor.Compilations.lineOf;
import static io.djongo.processor.Compilations.source;
import static io.djongo.processor.Compilations.tagged;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.djongo.processor.analysis.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every entry of the {@link Diagnostic} catalogue, provoked by a small model: each test checks
 * that compilation fails with the tagged message, that the message says how to fix the problem,
 * and that it is reported on the offending class or field (its file and line), since that is
 * where IDEs and build logs point the user.
 *
 * <p>Test methods are named after the diagnostic they provoke ({@code unsupportedType...} for
 * {@link Diagnostic#UNSUPPORTED_TYPE}); {@link #everyDiagnosticHasATest()} checks that none is
 * left out.
 */
class DiagnosticsTest {

    // ---- the class

    @Test
    void notAClassWhenAnInterfaceIsAnnotated() {
        JavaFileObject source = source("Named",
                "@Model",
                "interface Named {}");

        assertError(compile(source), Diagnostic.NOT_A_CLASS, source, "interface Named",
                "@Model can only annotate a class or a record, not an interface Named", "Move the annotation");
    }

    @Test
    void notAClassWhenAnEnumIsAnnotated() {
        JavaFileObject source = source("Color",
                "@EmbeddedModel",
                "enum Color { RED, GREEN }");

        assertError(compile(source), Diagnostic.NOT_A_CLASS, source, "enum Color",
                "not an enum Color", "Move the annotation");
    }

    @Test
    void notStaticWhenAnInnerClassIsAnnotated() {
        JavaFileObject source = source("Outer",
                "class Outer {",
                "    @EmbeddedModel",
                "    class Inner { String name; }",
                "}");

        assertError(compile(source), Diagnostic.NOT_STATIC, source, "class Inner",
                "@EmbeddedModel class Inner is an inner class", "Declare it static, or move it to its own file");
    }

    @Test
    void notAccessibleWhenTheClassIsPrivate() {
        JavaFileObject source = source("Outer",
                "class Outer {",
                "    @EmbeddedModel",
                "    private static class Hidden {",
                "        Hidden() {}",
                "        String name;",
                "    }",
                "}");

        assertError(compile(source), Diagnostic.NOT_ACCESSIBLE, source, "class Hidden",
                "@EmbeddedModel class Hidden is private", "Make it package-private or public");
    }

    @Test
    void notAccessibleWhenAnEnclosingClassIsPrivate() {
        JavaFileObject source = source("Outer",
                "class Outer {",
                "    private static class Middle {",
                "        @EmbeddedModel",
                "        static class Address { String street; }",
                "    }",
                "}");

        assertError(compile(source), Diagnostic.NOT_ACCESSIBLE, source, "class Address",
                "Address is private", "Make it package-private or public");
    }

    @Test
    void abstractClassCannotBeInstantiated() {
        JavaFileObject source = source("Shape",
                "@EmbeddedModel",
                "abstract class Shape { int sides; }");

        assertError(compile(source), Diagnostic.ABSTRACT, source, "abstract class Shape",
                "@EmbeddedModel class Shape is abstract", "Remove 'abstract'");
    }

    @Test
    void genericClassCannotBeStored() {
        JavaFileObject source = source("Box",
                "@EmbeddedModel",
                "class Box<T> { String label; }");

        assertError(compile(source), Diagnostic.GENERIC, source, "class Box<T>",
                "@EmbeddedModel class Box has type parameters", "Remove the type parameters");
    }

    @Test
    void conflictingAnnotationsAreReportedOnce() {
        JavaFileObject source = source("Both",
                "@Model",
                "@EmbeddedModel",
                "class Both { @Id ObjectId id; }");

        Compilation compilation = compile(source);

        assertError(compilation, Diagnostic.CONFLICTING_ANNOTATIONS, source, "class Both",
                "Both is annotated with both @Model and @EmbeddedModel", "Keep exactly one of them");
        assertThat(errorsTagged(compilation, Diagnostic.CONFLICTING_ANNOTATIONS)).hasSize(1);
    }

    @Test
    void noConstructorWhenEveryConstructorIsPrivate() {
        JavaFileObject source = source("Address",
                "@EmbeddedModel",
                "class Address {",
                "    String street;",
                "    private Address(String street) { this.street = street; }",
                "}");

        assertError(compile(source), Diagnostic.NO_CONSTRUCTOR, source, "class Address",
                "Address has no constructor that generated code can call", "Add a package-private or public constructor "
                        + "Address() {}, or one whose parameters are the fields");
    }

    @Test
    void noConstructorWhenTheNoArgumentConstructorIsPrivate() {
        JavaFileObject source = source("Address",
                "@EmbeddedModel",
                "class Address {",
                "    String street;",
                "    private Address() {}",
                "}");

        assertError(compile(source), Diagnostic.NO_CONSTRUCTOR, source, "class Address",
                "Add a package-private or public constructor Address() {}");
    }

    @Test
    void badCollectionWhenTheNameIsReservedBySystem() {
        JavaFileObject source = source("User",
                "@Model(collection = \"system.users\")",
                "class User { @Id ObjectId id; }");

        assertError(compile(source), Diagnostic.BAD_COLLECTION, source, "class User",
                "the collection name \"system.users\" of User is not valid",
                "reserved by MongoDB", "Choose another name with @Model(collection = \"...\")");
    }

    @Test
    void badCollectionWhenTheNameContainsDollar() {
        JavaFileObject source = source("Price",
                "@Model(collection = \"prices$eur\")",
                "class Price { @Id ObjectId id; }");

        assertError(compile(source), Diagnostic.BAD_COLLECTION, source, "class Price",
                "it contains '$'", "Choose another name");
    }

    @Test
    void badReadWriteOptionNamesTheValidChoicesAndTheClosest() {
        JavaFileObject source = source("Ledger",
                "@Model(",
                "    readPreference = \"secondarypreferred\",",
                "    readConcern = \"majority\")",
                "class Ledger { @Id ObjectId id; }");

        assertError(compile(source), Diagnostic.BAD_READ_WRITE_OPTION, source, "readPreference = ",
                "@Model(readPreference = \"secondarypreferred\") of Ledger is not valid",
                "did you mean \"secondaryPreferred\"?", "Use one of: primary, primaryPreferred, secondary");
    }

    @Test
    void badReadWriteOptionRefusesUnacknowledgedWrites() {
        JavaFileObject source = source("Ledger",
                "@Model(writeConcern = \"0\")",
                "class Ledger { @Id ObjectId id; }");

        assertError(compile(source), Diagnostic.BAD_READ_WRITE_OPTION, source, "writeConcern",
                "unacknowledged writes report nothing back", "Use \"majority\", or the number of members");
    }

    @Test
    void badReadWriteOptionForAnUnknownReadConcernAndWriteConcern() {
        JavaFileObject source = source("Ledger",
                "@Model(readConcern = \"strong\", writeConcern = \"majorty\")",
                "class Ledger { @Id ObjectId id; }");

        Compilation compilation = compile(source);

        assertError(compilation, Diagnostic.BAD_READ_WRITE_OPTION, source, "strong",
                "MongoDB has no read concern level \"strong\"", "Use one of: local, available, majority");
        assertError(compilation, Diagnostic.BAD_READ_WRITE_OPTION, source, "strong",
                "@Model(writeConcern = \"majorty\")", "did you mean \"majority\"?");
    }

    @Test
    void validReadWriteOptionsCompile() {
        JavaFileObject source = source("Ledger",
                "@Model(readPreference = \"nearest\", readConcern = \"snapshot\", writeConcern = \"2\")",
                "class Ledger { @Id ObjectId id; }");

        Compilation compilation = compile(source);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(Compilations.generated(compilation, "test.Ledger_")).contains("return ReadPreference.nearest();");
        assertThat(Compilations.generated(compilation, "test.Ledger_")).contains("return ReadConcern.SNAPSHOT;");
        assertThat(Compilations.generated(compilation, "test.Ledger_")).contains("return new WriteConcern(2);");
    }

    // ---- forgetting extends Entry_

    @Test
    void companionNotExtendedIsNotedOnAClassThatCouldExtendIt() {
        JavaFileObject source = source("Book",
                "@Model",
                "class Book {",
                "    @Id ObjectId id;",
                "}");

        Compilation compilation = compile(source);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).hadNoteContainingMatch(tagged(Diagnostic.COMPANION_NOT_EXTENDED,
                "Book does not extend its generated companion Book_, so Book.objects(), save(), delete()",
                "javac reports them as \"cannot find symbol\"",
                "Declare it 'class Book extends Book_' to give it Django's Book.objects() and book.save()",
                "or call Book_.objects() and its save(x), delete(x)"))
                .inFile(source).onLine(lineOf(source, "class Book {"));
    }

    /** The note comes with javac's own error, in the same build output, where the user looks. */
    @Test
    void companionNotExtendedExplainsCannotFindSymbolObjects() {
        JavaFileObject model = source("Book",
                "@Model",
                "class Book {",
                "    @Id ObjectId id;",
                "}");
        JavaFileObject use = source("Shelf",
                "class Shelf {",
                "    long books() { return Book.objects().count(); }",
                "}");

        Compilation compilation = compile(model, use);

        assertThat(compilation).hadErrorContaining("cannot find symbol");
        assertThat(compilation).hadNoteContaining("[djongo:companion-not-extended] Book does not extend");
    }

    @Test
    void companionNotExtendedSuggestsTheNameOfAMisspeltCompanion() {
        JavaFileObject source = source("Book",
                "@Model",
                "class Book extends Books_ {",
                "    @Id ObjectId id;",
                "}");

        assertThat(compile(source)).hadNoteContainingMatch(tagged(Diagnostic.COMPANION_NOT_EXTENDED,
                "Book extends Books_, which does not exist: the companion the processor generates for it is Book_",
                "Write 'extends Book_' (did you mean Book_?)"));
    }

    @Test
    void companionNotExtendedIsSilentForRecordsSubclassesAndWhenSuppressed() {
        JavaFileObject record = source("Note", "@Model", "record Note(@Id ObjectId id) {}");
        JavaFileObject base = source("Base", "class Base {}");
        JavaFileObject subclass = source("Memo", "@Model", "class Memo extends Base { @Id ObjectId id; }");
        JavaFileObject suppressed = source("Card", "@Model", "@SuppressWarnings(\"djongo:companion-not-extended\")",
                "class Card { @Id ObjectId id; }");
        JavaFileObject extending = source("Book", "@Model", "class Book extends Book_ { @Id ObjectId id; }");

        Compilation compilation = compile(record, base, subclass, suppressed, extending);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.notes().stream().map(note -> note.getMessage(java.util.Locale.ROOT))
                .filter(message -> message.contains("companion-not-extended")).count()).isEqualTo(0L);
    }

    // ---- the id

    @Test
    void noIdOnAModelWithoutIdField() {
        JavaFileObject source = source("Note",
                "@Model",
                "class Note { String text; }");

        assertError(compile(source), Diagnostic.NO_ID, source, "class Note",
                "@Model class Note has no @Id field", "@Id ObjectId id;");
    }

    @Test
    void twoIdsAreReportedOnTheSecond() {
        JavaFileObject source = source("Person",
                "@Model",
                "class Person {",
                "    @Id ObjectId id;",
                "    @Id String email;",
                "}");

        assertError(compile(source), Diagnostic.TWO_IDS, source, "String email",
                "Person has a second @Id field, 'email' (the first is 'id')", "remove @Id from one of them");
    }

    @Test
    void idInEmbeddedModel() {
        JavaFileObject source = source("Address",
                "@EmbeddedModel",
                "class Address {",
                "    @Id ObjectId id;",
                "    String street;",
                "}");

        assertError(compile(source), Diagnostic.ID_IN_EMBEDDED, source, "ObjectId id",
                "Address is an @EmbeddedModel", "Remove @Id from 'id', or make Address a @Model");
    }

    @Test
    void idInArrayModelRecord() {
        JavaFileObject source = source("Tag",
                "@ArrayModel",
                "record Tag(@Id String name) {}");

        // Reported on the record component, which javac 17 cannot locate (see KnownBugs).
        assertThat(compile(source)).hadErrorContainingMatch(
                tagged(Diagnostic.ID_IN_EMBEDDED, "Tag is an @ArrayModel", "Remove @Id from 'name'"));
    }

    @Test
    void idTypeThatCannotBeAnId() {
        JavaFileObject source = source("Event",
                "@Model",
                "class Event {",
                "    @Id Date id;",
                "}");

        assertError(compile(source), Diagnostic.ID_TYPE, source, "Date id",
                "the @Id field 'id' has type Date, which cannot be an id",
                "Use ObjectId (generated on insert), String, long, int or UUID");
    }

    @Test
    void idTransientIsNeverStored() {
        JavaFileObject source = source("Event",
                "@Model",
                "class Event {",
                "    @Id @Transient ObjectId id;",
                "    String name;",
                "}");

        assertError(compile(source), Diagnostic.ID_TRANSIENT, source, "ObjectId id",
                "the @Id field 'id' is also @Transient", "Remove @Transient");
    }

    // ---- field types

    @Test
    void unsupportedTypeOfAUserClassSuggestsEmbeddedModel() {
        JavaFileObject source = source("Person",
                "@Model",
                "class Person {",
                "    @Id ObjectId id;",
                "    Address address;",
                "}",
                "class Address { String street; }");

        assertError(compile(source), Diagnostic.UNSUPPORTED_TYPE, source, "Address address;",
                "field 'address' has type", "which Djongo cannot store",
                "Annotate Address with @EmbeddedModel", "or mark the field @Transient");
    }

    @Test
    void unsupportedTypeArrayListSuggestsList() {
        JavaFileObject source = source("Post",
                "@Model",
                "class Post {",
                "    @Id ObjectId id;",
                "    ArrayList<String> tags;",
                "}");

        assertError(compile(source), Diagnostic.UNSUPPORTED_TYPE, source, "ArrayList<String> tags",
                "field 'tags'", "Declare the field as List<...>");
    }

    @Test
    void unsupportedTypeZonedDateTimeSuggestsInstant() {
        JavaFileObject source = source("Meeting",
                "@Model",
                "class Meeting {",
                "    @Id ObjectId id;",
                "    ZonedDateTime startsAt;",
                "}");

        assertError(compile(source), Diagnostic.UNSUPPORTED_TYPE, source, "ZonedDateTime startsAt",
                "field 'startsAt' has type ZonedDateTime",
                "Store an Instant, and the zone in a separate String field");
    }

    @Test
    void unsupportedTypeIntArraySuggestsList() {
        JavaFileObject source = source("Series",
                "@Model",
                "class Series {",
                "    @Id ObjectId id;",
                "    int[] values;",
                "}");

        assertError(compile(source), Diagnostic.UNSUPPORTED_TYPE, source, "int[] values",
                "field 'values' has type int[]", "Use List<...> instead of an array");
    }

    @Test
    void unsupportedTypeOfTheJdkListsWhatIsSupported() {
        JavaFileObject source = source("Link",
                "@Model",
                "class Link {",
                "    @Id ObjectId id;",
                "    java.net.URI target;",
                "}");

        assertError(compile(source), Diagnostic.UNSUPPORTED_TYPE, source, "URI target",
                "field 'target'", "Supported: String, primitives", "or mark the field @Transient");
    }

    @Test
    void unsupportedTypeAsListElementIsReportedOnTheField() {
        JavaFileObject source = source("Person",
                "@Model",
                "class Person {",
                "    @Id ObjectId id;",
                "    List<Address> addresses;",
                "}",
                "class Address { String street; }");

        assertError(compile(source), Diagnostic.UNSUPPORTED_TYPE, source, "List<Address> addresses",
                "field 'addresses'", "Annotate Address with @EmbeddedModel");
    }

    @Test
    void mapKeyMustBeString() {
        JavaFileObject source = source("Scores",
                "@Model",
                "class Scores {",
                "    @Id ObjectId id;",
                "    Map<Integer, String> byRank;",
                "}");

        assertError(compile(source), Diagnostic.MAP_KEY, source, "Map<Integer, String> byRank",
                "field 'byRank' is a map with Integer keys; document keys are strings",
                "Declare it Map<String, ");
    }

    @Test
    void rawTypeList() {
        JavaFileObject source = source("Bag",
                "@Model",
                "class Bag {",
                "    @Id ObjectId id;",
                "    @SuppressWarnings(\"rawtypes\") List items;",
                "}");

        assertError(compile(source), Diagnostic.RAW_TYPE, source, "List items",
                "field 'items' has the raw or wildcard type List",
                "Give the element type, for example List<String>");
    }

    @Test
    void rawTypeWildcardElement() {
        JavaFileObject source = source("Bag",
                "@Model",
                "class Bag {",
                "    @Id ObjectId id;",
                "    List<?> items;",
                "}");

        assertError(compile(source), Diagnostic.RAW_TYPE, source, "List<?> items",
                "field 'items'", "Give the element type");
    }

    @Test
    void modelAsValueCannotBeEmbedded() {
        JavaFileObject source = source("Entry",
                "@Model",
                "class Entry {",
                "    @Id ObjectId id;",
                "    Author author;",
                "}",
                "@Model",
                "class Author { @Id ObjectId id; }");

        assertError(compile(source), Diagnostic.MODEL_AS_VALUE, source, "Author author",
                "field 'author' has type Author, a @Model stored in its own collection",
                "Annotate Author with @EmbeddedModel instead, or store its id");
    }

    @Test
    void modelAsValueInAListCannotBeEmbeddedEither() {
        JavaFileObject source = source("Entry",
                "@Model",
                "class Entry {",
                "    @Id ObjectId id;",
                "    List<Author> authors;",
                "}",
                "@Model",
                "class Author { @Id ObjectId id; }");

        assertError(compile(source), Diagnostic.MODEL_AS_VALUE, source, "List<Author> authors",
                "field 'authors'", "Annotate Author with @EmbeddedModel instead, or store its id");
    }

    @Test
    void arrayModelAsValueMustBeInAList() {
        JavaFileObject source = source("Entry",
                "@Model",
                "class Entry {",
                "    @Id ObjectId id;",
                "    Tag tag;",
                "}",
                "@ArrayModel",
                "record Tag(String name) {}");

        assertError(compile(source), Diagnostic.ARRAY_MODEL_AS_VALUE, source, "Tag tag",
                "field 'tag' holds a single Tag, but Tag is an @ArrayModel",
                "Declare the field List<Tag>, or annotate Tag with @EmbeddedModel");
    }

    // ---- field access

    @Test
    void privateFieldWithoutGetter() {
        JavaFileObject source = source("Account",
                "@Model",
                "class Account {",
                "    @Id ObjectId id;",
                "    private String owner;",
                "    public void setOwner(String owner) { this.owner = owner; }",
                "}");

        assertError(compile(source), Diagnostic.PRIVATE_FIELD, source, "private String owner",
                "field 'owner' is private and has no getter, so generated code cannot read it",
                "Make the field package-private, or add getOwner()");
    }

    @Test
    void privateFieldWithoutSetter() {
        JavaFileObject source = source("Account",
                "@Model",
                "class Account {",
                "    @Id ObjectId id;",
                "    private boolean active;",
                "    public boolean isActive() { return active; }",
                "}");

        assertError(compile(source), Diagnostic.PRIVATE_FIELD, source, "private boolean active",
                "field 'active' is private and has no setter, so generated code cannot set it",
                "Make the field package-private, or add setActive(...), or a constructor with a parameter named 'active'");
    }

    @Test
    void privateFieldWithoutGetterAndSetter() {
        JavaFileObject source = source("Account",
                "@Model",
                "class Account {",
                "    @Id ObjectId id;",
                "    private String owner;",
                "}");

        assertError(compile(source), Diagnostic.PRIVATE_FIELD, source, "private String owner",
                "has no getter and setter, so generated code cannot read or set it",
                "add getOwner() and setOwner(...)");
    }

    @Test
    void privateFieldWhoseGetterReturnsAnotherType() {
        JavaFileObject source = source("Account",
                "@Model",
                "class Account {",
                "    @Id ObjectId id;",
                "    private int level;",
                "    public long getLevel() { return level; }",
                "    public void setLevel(int level) { this.level = level; }",
                "}");

        assertError(compile(source), Diagnostic.PRIVATE_FIELD, source, "private int level",
                "has no getter", "add getLevel()");
    }

    @Test
    void finalFieldCannotBeSetWhenReading() {
        JavaFileObject source = source("Account",
                "@Model",
                "class Account {",
                "    @Id ObjectId id;",
                "    final String owner = \"nobody\";",
                "}");

        assertError(compile(source), Diagnostic.FINAL_FIELD, source, "final String owner",
                "field 'owner' is final and set in its declaration, so no stored value can replace it",
                "Remove 'final' or the value, or mark it @Transient if it is not stored");
    }

    // ---- document keys

    @Test
    void badBsonNameStartingWithDollar() {
        JavaFileObject source = source("Order",
                "@Model",
                "class Order {",
                "    @Id ObjectId id;",
                "    @Field(name = \"$total\") int total;",
                "}");

        assertError(compile(source), Diagnostic.BAD_BSON_NAME, source, "int total",
                "the document key \"$total\" of field 'total' is not valid: it starts with '$'",
                "Choose another key with @Field(name = \"...\")");
    }

    @Test
    void badBsonNameFromAJavaNameStartingWithDollar() {
        JavaFileObject source = source("Order",
                "@Model",
                "class Order {",
                "    @Id ObjectId id;",
                "    int $total;",
                "}");

        assertError(compile(source), Diagnostic.BAD_BSON_NAME, source, "int $total",
                "the document key \"$total\" of field '$total'", "Choose another key with @Field(name = \"...\")");
    }

    @Test
    void badBsonNameContainingDot() {
        JavaFileObject source = source("Order",
                "@Model",
                "class Order {",
                "    @Id ObjectId id;",
                "    @Field(name = \"shipping.city\") String city;",
                "}");

        assertError(compile(source), Diagnostic.BAD_BSON_NAME, source, "String city",
                "the document key \"shipping.city\" of field 'city' is not valid: it contains '.'",
                "Choose another key");
    }

    @Test
    void badBsonNameUnderscoreIdOnAFieldThatIsNotTheId() {
        JavaFileObject source = source("Order",
                "@Model",
                "class Order {",
                "    @Id ObjectId id;",
                "    @Field(name = \"_id\") String number;",
                "}");

        assertError(compile(source), Diagnostic.BAD_BSON_NAME, source, "String number",
                "the document key \"_id\" of field 'number' is not valid: \"_id\" is reserved for the @Id field",
                "Choose another key");
    }

    @Test
    void duplicateBsonNameIsReportedOnTheLaterField() {
        JavaFileObject source = source("Article",
                "@Model",
                "class Article {",
                "    @Id ObjectId id;",
                "    @Field(name = \"title\") String heading;",
                "    String title;",
                "}");

        assertError(compile(source), Diagnostic.DUPLICATE_BSON_NAME, source, "String title;",
                "fields 'heading' and 'title' are both stored under the key \"title\"",
                "Give one of them another key with @Field(name = \"...\")");
    }

    // ---- @Field options

    @Test
    void maxLengthNotStringOnAnInt() {
        JavaFileObject source = source("Product",
                "@Model",
                "class Product {",
                "    @Id ObjectId id;",
                "    @Field(maxLength = 10) int stock;",
                "}");

        assertError(compile(source), Diagnostic.MAX_LENGTH_NOT_STRING, source, "int stock",
                "@Field(maxLength = 10) is set on 'stock' of type int", "applies only to String fields",
                "Remove maxLength");
    }

    @Test
    void badMaxLengthZero() {
        JavaFileObject source = source("Product",
                "@Model",
                "class Product {",
                "    @Id ObjectId id;",
                "    @Field(maxLength = 0) String name;",
                "}");

        assertError(compile(source), Diagnostic.BAD_MAX_LENGTH, source, "String name",
                "@Field(maxLength = 0) on 'name' is not a length", "Use a positive number, or -1 for no limit");
    }

    @Test
    void badMaxLengthNegative() {
        JavaFileObject source = source("Product",
                "@Model",
                "class Product {",
                "    @Id ObjectId id;",
                "    @Field(maxLength = -5) String name;",
                "}");

        assertError(compile(source), Diagnostic.BAD_MAX_LENGTH, source, "String name",
                "@Field(maxLength = -5)", "Use a positive number, or -1 for no limit");
    }

    @Test
    void transientRecordComponentCannotBeLeftOut() {
        JavaFileObject source = source("Point",
                "@Model",
                "record Point(@Id String id, @Transient String label) {}");

        // Reported on the record component, which javac 17 cannot locate (see KnownBugs).
        assertThat(compile(source)).hadErrorContainingMatch(tagged(Diagnostic.TRANSIENT_RECORD_COMPONENT,
                "record component 'label' is @Transient", "Remove @Transient, or move the value out of the record"));
    }

    /**
     * {@link Diagnostic#NULLABLE_PRIMITIVE} is in the catalogue but never reported:
     * {@code nullable} defaults to {@code true}, so an explicit {@code nullable = true} cannot be
     * told apart from the default through {@code getAnnotation}, and the analysis records
     * primitives as not nullable instead. This test pins that behaviour; if the diagnostic is
     * ever reported, replace it with a test of the message.
     */
    @Test
    void nullablePrimitive() {
        JavaFileObject source = source("Counter",
                "@Model",
                "class Counter {",
                "    @Id ObjectId id;",
                "    @Field(nullable = true) int count;",
                "}");

        Compilation compilation = compile(source);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[djongo:nullable-primitive] @Field(nullable = true) is set on "
                + "'count', but its type int can never be null. Declare it Integer, or remove nullable")
                .inFile(source).onLineContaining("int count");
    }

    @Test
    void nullableLeftAtItsDefaultOnAPrimitiveIsRecordedAsNotNullable() {
        JavaFileObject source = source("Counter",
                "@Model",
                "class Counter {",
                "    @Id ObjectId id;",
                "    @Field(maxLength = -1) int count;",
                "}");

        Compilation compilation = compile(source);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.Counter_").contentsAsUtf8String()
                .contains("FieldMeta.of(\"count\", \"count\", FieldType.scalar(FieldKind.INT, int.class));");
    }

    /**
     * A field type that never comes into existence: javac reports "cannot find symbol" itself,
     * on the field; the processor waits for the type until the last round and then reports
     * {@link Diagnostic#UNRESOLVED_TYPE}, whose hint is about generated classes. Where and how it
     * reports it is wrong today (see KnownBugs), so only its presence in the file is asserted.
     *
     * <p>If the model also declares {@code extends Order_}, javac reports "cannot find symbol
     * Order_" too, and no processor can prevent it: javac reports the symbols still missing
     * before the last round runs, and a skeleton {@code Order_} can only be written in that round.
     */
    @Test
    void unresolvedTypeThatNeverExists() {
        JavaFileObject source = source("Order",
                "@Model",
                "class Order {",
                "    @Id ObjectId id;",
                "    Missing missing;",
                "}");

        Compilation compilation = compile(source);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(source).onLine(lineOf(source, "Missing missing"));
        assertThat(compilation).hadErrorContaining("[djongo:unresolved-type]").inFile(source);
    }

    // ---- more than one error, and no cascades

    @Test
    void everyErrorOfACompilationIsReported() {
        JavaFileObject order = source("Order",
                "@Model",
                "class Order {",
                "    @Id ObjectId id;",
                "    ZonedDateTime placedAt;",
                "    private String customer;",
                "}");
        JavaFileObject line = source("Line",
                "@EmbeddedModel",
                "class Line {",
                "    @Field(maxLength = 3) int quantity;",
                "}");

        Compilation compilation = compile(order, line);

        assertThat(compilation).hadErrorCount(3);
        assertError(compilation, Diagnostic.UNSUPPORTED_TYPE, order, "ZonedDateTime placedAt");
        assertError(compilation, Diagnostic.PRIVATE_FIELD, order, "private String customer");
        assertError(compilation, Diagnostic.MAX_LENGTH_NOT_STRING, line, "int quantity");
    }

    @Test
    void modelWithErrorsThatExtendsItsMetamodelGetsNoCannotFindSymbol() {
        JavaFileObject source = source("Post",
                "@Model",
                "public class Post extends Post_ {",
                "    @Id ObjectId id;",
                "    ZonedDateTime publishedAt;",
                "}");

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, Diagnostic.UNSUPPORTED_TYPE, source, "ZonedDateTime publishedAt");
    }

    @Test
    void modelThatEmbedsAModelWithErrorsGetsNoCannotFindSymbol() {
        JavaFileObject post = source("Post",
                "@Model",
                "public class Post extends Post_ {",
                "    @Id ObjectId id;",
                "    Author author;",
                "    List<Author> coAuthors;",
                "}");
        JavaFileObject author = source("Author",
                "@EmbeddedModel",
                "public class Author {",
                "    int[] scores;",
                "}");

        Compilation compilation = compile(post, author);

        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, Diagnostic.UNSUPPORTED_TYPE, author, "int[] scores");
    }

    // ---- deferral

    /**
     * A model may use a class that another processor generates: the processor waits for the
     * class instead of reporting its type as unsupported.
     */
    @Test
    void fieldTypeGeneratedByAnotherProcessorInTheFirstRound() {
        JavaFileObject source = source("Customer",
                "@Model",
                "public class Customer extends Customer_ {",
                "    @Id ObjectId id;",
                "    Address home;",
                "    List<Address> others;",
                "    Map<String, Address> byLabel;",
                "}");

        Compilation compilation = javac()
                .withProcessors(new AddressGenerator(), new DjongoProcessor())
                .compile(source);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.Address_");
        assertThat(compilation).generatedSourceFile("test.Customer_").contentsAsUtf8String()
                .contains("case \"home\" -> value.home = Address_.Codec.INSTANCE.decodeNullable(reader, context);");
        assertThat(compilation).generatedSourceFile("test.DjongoModelIndex").contentsAsUtf8String()
                .containsMatch("case \"test.Address\" -> Address_.Meta\\.instance\\(\\);\\s*case \"test.Customer\" -> Customer_.Meta\\.instance\\(\\);");
    }

    /** Generates the {@code @EmbeddedModel} class {@code test.Address} in the first round. */
    private static final class AddressGenerator extends AbstractProcessor {
        private boolean generated;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!generated) {
                generated = true;
                try (var writer = processingEnv.getFiler().createSourceFile("test.Address").openWriter()) {
                    writer.write("package test;\n\n"
                            + "@io.djongo.annotations.EmbeddedModel\n"
                            + "public class Address {\n"
                            + "    String street;\n"
                            + "}\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    // ---- the catalogue

    /**
     * Tests of the model options live in {@link SchemaDiagnosticsTest}, those of relations in
     * {@link RelationDiagnosticsTest}, those of module descriptors in {@link ModularBuildTest}, those of declared
     * queries in {@link QueriesDiagnosticsTest};
     * each diagnostic has a test in one of them.
     */
    @Test
    void everyDiagnosticHasATest() {
        List<String> methods = Stream.of(DiagnosticsTest.class, SchemaDiagnosticsTest.class,
                        RelationDiagnosticsTest.class, ModularBuildTest.class, QueriesDiagnosticsTest.class,
                        CreatorDiagnosticsTest.class)
                .flatMap(test -> Arrays.stream(test.getDeclaredMethods()))
                .filter(method -> method.isAnnotationPresent(Test.class))
                .map(Method::getName)
                .collect(Collectors.toList());
        List<String> untested = new ArrayList<>();
        for (Diagnostic diagnostic : Diagnostic.values()) {
            String prefix = camelCase(diagnostic.name());
            if (methods.stream().noneMatch(name -> name.startsWith(prefix))) {
                untested.add(diagnostic + " (expected a test method named " + prefix + "...)");
            }
        }
        assertWithMessage("diagnostics without a test").that(untested).isEmpty();
    }

    @Test
    void everyTagIsLowerCaseWordsSeparatedByHyphens() {
        for (Diagnostic diagnostic : Diagnostic.values()) {
            assertThat(diagnostic.tag()).matches("[a-z]+(-[a-z]+)*");
        }
    }

    @Test
    void formattedMessageStartsWithTheTag() {
        assertThat(Diagnostic.NO_ID.format("Note")).isEqualTo("[djongo:no-id] @Model class Note has no @Id field. "
                + "Annotate its primary key, for example: @Id ObjectId id;");
    }

    // ---- contracts that earlier versions of the processor broke

    /** Each test pins a diagnostic that was once reported in the wrong place, twice, or with the wrong text. */
    @Nested
    class Regressions {

        /**
         * Today: reported with no file or line, because javac 17 cannot locate a
         * RecordComponentElement. Fix: in ModelAnalyzer.recordComponents, report on (and use as the
         * candidate's element) the component's backing field, which javac locates on the component.
         */
        @Test
        void recordComponentDiagnosticsAreReportedOnTheComponent() {
            JavaFileObject source = source("Point",
                    "@Model",
                    "record Point(@Id String id,",
                    "        @Transient String label,",
                    "        ZonedDateTime at) {}");

            Compilation compilation = compile(source);

            assertError(compilation, Diagnostic.TRANSIENT_RECORD_COMPONENT, source, "String label");
            assertError(compilation, Diagnostic.UNSUPPORTED_TYPE, source, "ZonedDateTime at");
        }

        /**
         * Today: on the class, with the class name where the field name belongs. Fix: in the last
         * round let TypeAnalyzer report ERROR types on the field instead of deferring them.
         */
        @Test
        void unresolvedTypeIsReportedOnTheField() {
            JavaFileObject source = source("Order",
                    "@Model",
                    "class Order {",
                    "    @Id ObjectId id;",
                    "    Missing missing;",
                    "}");

            assertError(compile(source), Diagnostic.UNRESOLVED_TYPE, source, "Missing missing",
                    "the type of field 'missing' could not be resolved (Missing)");
        }

        /**
         * Today: also NO_ID on the class, which contradicts the @Id the user can see. Fix: report
         * NO_ID only when no instance field or component carries @Id, valid or not.
         */
        @Test
        void idTypeIsTheOnlyError() {
            JavaFileObject source = source("Event",
                    "@Model",
                    "class Event {",
                    "    @Id Date id;",
                    "}");

            assertThat(compile(source)).hadErrorCount(1);
        }

        /** Today: also NO_ID on the class. Fix: as for idTypeIsTheOnlyError. */
        @Test
        void idTransientIsTheOnlyError() {
            JavaFileObject source = source("Event",
                    "@Model",
                    "class Event {",
                    "    @Id @Transient ObjectId id;",
                    "}");

            assertThat(compile(source)).hadErrorCount(1);
        }

        /** Today: only NO_ID on the class, as if there were no @Id. Fix: report ID_TRANSIENT for the modifier too. */
        @Test
        void idTransientWithTheTransientModifier() {
            JavaFileObject source = source("Event",
                    "@Model",
                    "class Event {",
                    "    @Id transient ObjectId id;",
                    "}");

            Compilation compilation = compile(source);

            assertError(compilation, Diagnostic.ID_TRANSIENT, source, "ObjectId id", "Remove 'transient'");
            assertThat(compilation).hadErrorCount(1);
        }

        /** Today: also DUPLICATE_BSON_NAME, since both ids are stored under "_id". Fix: skip pairs of ids there. */
        @Test
        void twoIdsIsTheOnlyError() {
            JavaFileObject source = source("Person",
                    "@Model",
                    "class Person {",
                    "    @Id ObjectId id;",
                    "    @Id String email;",
                    "}");

            assertThat(compile(source)).hadErrorCount(1);
        }

        /**
         * Today: also NO_CONSTRUCTOR, since the implicit constructor of a private class is private.
         * Fix: accept a private no-argument constructor whose origin is MANDATED (the implicit one).
         */
        @Test
        void privateClassWithImplicitConstructorIsOnlyNotAccessible() {
            JavaFileObject source = source("Outer",
                    "class Outer {",
                    "    @EmbeddedModel",
                    "    private static class Hidden { String name; }",
                    "}");

            assertThat(compile(source)).hadErrorCount(1);
        }

        /** Today: "has the raw or wildcard type ?", naming the type argument. Fix: report field.asType(). */
        @Test
        void rawTypeWildcardNamesTheFieldType() {
            JavaFileObject source = source("Bag",
                    "@Model",
                    "class Bag {",
                    "    @Id ObjectId id;",
                    "    List<?> items;",
                    "}");

            assertError(compile(source), Diagnostic.RAW_TYPE, source, "List<?> items", "type List<?>");
        }
    }

    /** {@code NOT_A_CLASS} → {@code notAClass}. */
    private static String camelCase(String constant) {
        StringBuilder out = new StringBuilder();
        for (String word : constant.toLowerCase(Locale.ROOT).split("_")) {
            out.append(out.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }
}
