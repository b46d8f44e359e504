package io.djongo.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.djongo.processor.Compilations.assertError;
import static io.djongo.processor.Compilations.compile;
import static io.djongo.processor.Compilations.errorsTagged;
import static io.djongo.processor.Compilations.generated;
import static io.djongo.processor.Compilations.lineOf;
import static io.djongo.processor.Compilations.source;
import static io.djongo.processor.Compilations.tagged;

import com.google.testing.compile.Compilation;
import io.djongo.processor.analysis.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Models people already write: immutable classes built through a constructor, as records are, in
 * the shapes Lombok's {@code @Value}, Kotlin's {@code data class} (as kapt hands it to processors)
 * and the Immutables style give them; {@code @Creator} where the choice is not obvious; and what the
 * processor says when no constructor fits.
 */
class CreatorDiagnosticsTest {

    // ---- accepted shapes

    /** Lombok's @Value: a final class, private final fields, getters (isX for booleans), one constructor. */
    @Test
    void aLombokValueClassIsBuiltThroughItsConstructor() {
        JavaFileObject source = source("Book",
                "@Model",
                "public final class Book extends Book_ {",
                "    @Id private final ObjectId id;",
                "    private final String title;",
                "    private final boolean available;",
                "    public Book(ObjectId id, String title, boolean available) {",
                "        this.id = id; this.title = title; this.available = available;",
                "    }",
                "    public ObjectId getId() { return id; }",
                "    public String getTitle() { return title; }",
                "    public boolean isAvailable() { return available; }",
                "}");

        Compilation compilation = compile(source);

        assertThat(compilation).succeededWithoutWarnings();
        String companion = generated(compilation, "test.Book_");
        assertThat(companion).contains("return new Book(id, title, available);");
        assertThat(companion).contains("return new Book(new ObjectId(), instance.getTitle(), instance.isAvailable());");
        assertThat(companion).contains("writer.writeBoolean(\"available\", value.isAvailable());");
        assertThat(companion).doesNotContain("refreshFromDb");
    }

    /**
     * Kotlin's {@code data class Book(@Id val id: ObjectId?, val title: String, val pages: Int)}, as kapt
     * writes its stub: the annotation lands on the constructor parameter, where it counts as the field's.
     */
    @Test
    void aKotlinDataClassStubIsBuiltThroughItsPrimaryConstructor() {
        JavaFileObject source = source("Book",
                "@Model",
                "public final class Book {",
                "    private final ObjectId id = null;",
                "    private final String title = null;",
                "    private final int pages = 0;",
                "    public Book(@Id ObjectId id, @Field(maxLength = 50) String title, int pages) { super(); }",
                "    public final ObjectId getId() { return null; }",
                "    public final String getTitle() { return null; }",
                "    public final int getPages() { return 0; }",
                "    public final ObjectId component1() { return null; }",
                "    public final Book copy(ObjectId id, String title, int pages) { return null; }",
                "}");

        Compilation compilation = compile(source);

        assertThat(compilation).succeeded();
        String companion = generated(compilation, "test.Book_");
        assertThat(companion).contains("FieldMeta.of(\"id\", \"_id\"");
        assertThat(companion).contains(".withMaxLength(50)");
        assertThat(companion).contains("return new Book(id, title, pages);");
        assertThat(compilation).hadNoteContaining("[djongo:companion-not-extended]");
    }

    /** The Immutables style reads fields through accessors named as the fields. */
    @Test
    void accessorsNamedAsTheFieldsAreGetters() {
        JavaFileObject source = source("Point",
                "@EmbeddedModel",
                "public final class Point {",
                "    private final double x;",
                "    private final double y;",
                "    Point(double x, double y) { this.x = x; this.y = y; }",
                "    public double x() { return x; }",
                "    public double y() { return y; }",
                "}");

        Compilation compilation = compile(source);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generated(compilation, "test.Point_")).contains("writer.writeDouble(\"x\", value.x());");
    }

    /** Fields the constructor does not take are set afterwards, through their setters, only when the document has them. */
    @Test
    void fieldsTheCreatorDoesNotTakeAreSetAfterwards() {
        JavaFileObject source = source("Shelf",
                "@Model",
                "public class Shelf extends Shelf_ {",
                "    @Id private final String code;",
                "    private List<String> labels = new ArrayList<>();",
                "    public Shelf(String code) { this.code = code; }",
                "    public String getCode() { return code; }",
                "    public List<String> getLabels() { return labels; }",
                "    public void setLabels(List<String> labels) { this.labels = labels; }",
                "}");

        Compilation compilation = compile(source);

        assertThat(compilation).succeededWithoutWarnings();
        String companion = generated(compilation, "test.Shelf_");
        assertThat(companion).contains("Shelf value = new Shelf(code);");
        assertThat(companion).contains("if (labelsRead) {");
    }

    /** A class whose only constructor takes its fields needs no constructor without parameters any more. */
    @Test
    void aClassWithOnlyAnAllArgumentsConstructorIsAccepted() {
        JavaFileObject source = source("Address",
                "@EmbeddedModel",
                "class Address {",
                "    String street;",
                "    Address(String street) { this.street = street; }",
                "}");

        Compilation compilation = compile(source);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generated(compilation, "test.Address_")).contains("return new Address(street);");
    }

    @Test
    void creatorPicksAmongSeveralConstructorsAndMayBeAStaticFactory() {
        JavaFileObject source = source("Money",
                "@EmbeddedModel",
                "public final class Money {",
                "    private final long cents;",
                "    private final String currency;",
                "    private Money(long cents, String currency) { this.cents = cents; this.currency = currency; }",
                "    @Creator static Money of(long cents, String currency) { return new Money(cents, currency); }",
                "    public long getCents() { return cents; }",
                "    public String getCurrency() { return currency; }",
                "}");

        Compilation compilation = compile(source);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generated(compilation, "test.Money_")).contains("return Money.of(cents, currency);");
    }

    // ---- no creator fits

    @Test
    void creatorMismatchNamesTheParameterAndTheClosestField() {
        JavaFileObject source = source("Book",
                "@Model",
                "public final class Book {",
                "    @Id private final ObjectId id;",
                "    private final String title;",
                "    public Book(ObjectId id, String titel) { this.id = id; this.title = titel; }",
                "    public ObjectId getId() { return id; }",
                "    public String getTitle() { return title; }",
                "}");

        assertError(compile(source), Diagnostic.CREATOR_MISMATCH, source, "public Book(ObjectId id, String titel)",
                "constructor Book(ObjectId id, String titel) cannot create Book from a document",
                "its parameter 'titel' is no stored field of Book (did you mean 'title'?)",
                "it does not take 'title' (final), which nothing else can set",
                "Name its parameters after the fields they set", "or mark the constructor to use with @Creator");
    }

    @Test
    void creatorMismatchOnAParameterOfAnotherType() {
        JavaFileObject source = source("Book",
                "@Model",
                "public final class Book {",
                "    @Id private final ObjectId id;",
                "    private final Integer pages;",
                "    @Creator public Book(ObjectId id, int pages) { this.id = id; this.pages = pages; }",
                "    public ObjectId getId() { return id; }",
                "    public Integer getPages() { return pages; }",
                "}");

        assertError(compile(source), Diagnostic.CREATOR_MISMATCH, source, "@Creator public Book",
                "the @Creator constructor Book(ObjectId id, int pages) cannot create Book",
                "its parameter 'pages' is int, but the field 'pages' is Integer");
    }

    @Test
    void creatorMismatchOnATransientField() {
        JavaFileObject source = source("Book",
                "@Model",
                "public final class Book {",
                "    @Id private final ObjectId id;",
                "    private final transient String cache;",
                "    public Book(ObjectId id, String cache) { this.id = id; this.cache = cache; }",
                "    public ObjectId getId() { return id; }",
                "}");

        assertError(compile(source), Diagnostic.CREATOR_MISMATCH, source, "public Book(",
                "its parameter 'cache' is the field 'cache', which is not stored");
    }

    /** A constructor that does not fit is passed over when another one does. */
    @Test
    void aConstructorThatFitsIsChosenOverOthers() {
        JavaFileObject source = source("Pair",
                "@EmbeddedModel",
                "public final class Pair {",
                "    private final String left;",
                "    private final String right;",
                "    public Pair(String left, String right) { this.left = left; this.right = right; }",
                "    public Pair(String right, String left, boolean swapped) { this(left, right); }",
                "    public String getLeft() { return left; }",
                "    public String getRight() { return right; }",
                "}");

        Compilation compilation = compile(source);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generated(compilation, "test.Pair_")).contains("return new Pair(left, right);");
    }

    @Test
    void ambiguousCreatorNamesEveryCandidate() {
        JavaFileObject source = source("Span",
                "@EmbeddedModel",
                "public final class Span {",
                "    private final int from;",
                "    private final int to;",
                "    private String label;",
                "    public Span(int from, int to) { this.from = from; this.to = to; }",
                "    public Span(int to, int from, String label) { this(from, to); this.label = label; }",
                "    public Span(String label, int from, int to) { this(from, to); this.label = label; }",
                "    public int getFrom() { return from; }",
                "    public int getTo() { return to; }",
                "    public String getLabel() { return label; }",
                "    public void setLabel(String label) { this.label = label; }",
                "}");

        assertError(compile(source), Diagnostic.AMBIGUOUS_CREATOR, source, "public final class Span",
                "Span has several constructors that can create it from a document",
                "constructor Span(int to, int from, String label), constructor Span(String label, int from, int to)",
                "Mark the one to use with @Creator");
    }

    @Test
    void twoCreatorsAreReportedOnTheSecond() {
        JavaFileObject source = source("Money",
                "@EmbeddedModel",
                "public final class Money {",
                "    private final long cents;",
                "    @Creator Money(long cents) { this.cents = cents; }",
                "    @Creator static Money of(long cents) { return new Money(cents); }",
                "    public long getCents() { return cents; }",
                "}");

        assertError(compile(source), Diagnostic.TWO_CREATORS, source, "static Money of",
                "Money has a second @Creator, method of(long cents) (the first is constructor Money(long cents))");
    }

    @Test
    void creatorNotUsableWhenPrivateOrNotAStaticFactory() {
        JavaFileObject hidden = source("Money",
                "@EmbeddedModel",
                "public final class Money {",
                "    private final long cents;",
                "    @Creator private Money(long cents) { this.cents = cents; }",
                "    public long getCents() { return cents; }",
                "}");
        assertError(compile(hidden), Diagnostic.CREATOR_NOT_USABLE, hidden, "@Creator private Money",
                "@Creator is on constructor Money(long cents), which is private", "Make it package-private or public");

        JavaFileObject instance = source("Money",
                "@EmbeddedModel",
                "public final class Money {",
                "    private final long cents;",
                "    Money(long cents) { this.cents = cents; }",
                "    @Creator Money with(long cents) { return new Money(cents); }",
                "    public long getCents() { return cents; }",
                "}");
        assertError(compile(instance), Diagnostic.CREATOR_NOT_USABLE, instance, "@Creator Money with",
                "which is not static");

        JavaFileObject other = source("Money",
                "@EmbeddedModel",
                "public final class Money {",
                "    private final long cents;",
                "    Money(long cents) { this.cents = cents; }",
                "    @Creator static Object of(long cents) { return new Money(cents); }",
                "    public long getCents() { return cents; }",
                "}");
        assertError(compile(other), Diagnostic.CREATOR_NOT_USABLE, other, "@Creator static Object of",
                "which returns Object, not Money");
    }

    @Test
    void creatorNotUsableOutsideAModel() {
        JavaFileObject source = source("Helper",
                "public class Helper {",
                "    @Creator public Helper() {}",
                "}");

        assertError(compile(source), Diagnostic.CREATOR_NOT_USABLE, source, "@Creator public Helper",
                "which is in Helper, not a @Model, @EmbeddedModel or @ArrayModel");
    }

    @Test
    void finalFieldWithoutAnyConstructorTakingIt() {
        JavaFileObject source = source("Account",
                "@Model",
                "class Account {",
                "    @Id ObjectId id;",
                "    final String owner;",
                "    Account() { owner = \"nobody\"; }",
                "}");

        assertError(compile(source), Diagnostic.FINAL_FIELD, source, "final String owner",
                "field 'owner' is final, so only a constructor can set it, and Account has none that takes it",
                "Add a constructor with a parameter named 'owner'", "or remove 'final'");
    }

    @Test
    void errorsNameEveryProblemAtOnce() {
        JavaFileObject source = source("Book",
                "@Model",
                "public final class Book {",
                "    @Id private final ObjectId id;",
                "    private final String title;",
                "    private final int pages;",
                "    public Book(ObjectId id, String name, short pages) { this.id = id; this.title = name; this.pages = 0; }",
                "    public ObjectId getId() { return id; }",
                "    public String getTitle() { return title; }",
                "    public int getPages() { return pages; }",
                "}");

        Compilation compilation = compile(source);

        assertThat(errorsTagged(compilation, Diagnostic.CREATOR_MISMATCH)).hasSize(1);
        assertThat(compilation).hadErrorContainingMatch(tagged(Diagnostic.CREATOR_MISMATCH,
                "its parameter 'name' is no stored field of Book",
                "its parameter 'pages' is short, but the field 'pages' is int",
                "it does not take 'title' (final), 'pages' (final)")).inFile(source)
                .onLine(lineOf(source, "public Book(ObjectId id, String name, short pages)"));
    }
}
