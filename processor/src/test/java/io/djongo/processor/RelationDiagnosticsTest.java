package io.djongo.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.djongo.processor.Compilations.assertError;
import static io.djongo.processor.Compilations.compile;
import static io.djongo.processor.Compilations.generated;
import static io.djongo.processor.Compilations.sourceWithImports;

import com.google.testing.compile.Compilation;
import io.djongo.processor.analysis.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The diagnostics of relations ({@code Ref<T>} with {@code @ForeignKey}/{@code @OneToOne},
 * {@code RefList<T>} with {@code @ManyToMany}), each on the offending field, and what a valid
 * relation generates on both sides.
 */
class RelationDiagnosticsTest {
    private static final String IMPORTS = "package test; import io.djongo.annotations.*; import io.djongo.relation.*; "
            + "import java.util.*; import org.bson.types.ObjectId;";

    private static JavaFileObject source(String name, String... body) {
        return sourceWithImports(IMPORTS, name, body);
    }

    private static JavaFileObject blog() {
        return source("Blog",
                "@Model",
                "class Blog extends Blog_ {",
                "    @Id ObjectId id;",
                "    String name;",
                "}");
    }

    @Test
    void referenceTargetWhenTheTargetIsEmbedded() {
        JavaFileObject source = source("Entry",
                "@Model",
                "class Entry {",
                "    @EmbeddedModel static class Place { String city; }",
                "    @Id ObjectId id;",
                "    @ForeignKey(onDelete = OnDelete.CASCADE) Ref<Place> place;",
                "}");

        assertError(compile(source), Diagnostic.REFERENCE_TARGET, source, "Ref<Place> place",
                "Ref<Place>, but Place is not a @Model", "Declare the field Place to embed it");
    }

    @Test
    void referenceTargetWhenTheTargetIsAPlainClass() {
        JavaFileObject source = source("Entry",
                "@Model",
                "class Entry {",
                "    static class Note { String text; }",
                "    @Id ObjectId id;",
                "    RefList<Note> notes;",
                "}");

        assertError(compile(source), Diagnostic.REFERENCE_TARGET, source, "RefList<Note> notes", "Annotate Note with @Model");
    }

    @Test
    void referenceInContainerWhenAListHoldsRefs() {
        JavaFileObject source = source("Entry",
                "@Model",
                "class Entry {",
                "    @Id ObjectId id;",
                "    List<Ref<Blog>> blogs;",
                "}");

        assertError(compile(blog(), source), Diagnostic.REFERENCE_IN_CONTAINER, source, "List<Ref<Blog>> blogs",
                "Declare it RefList<T>");
    }

    /** As Django since 2.0, what a deletion does is chosen, never implied. */
    @Test
    void relationMissingWhenARefHasNoOnDelete() {
        JavaFileObject source = source("Entry",
                "@Model",
                "class Entry {",
                "    @Id ObjectId id;",
                "    Ref<Blog> blog;",
                "}");

        assertError(compile(blog(), source), Diagnostic.RELATION_MISSING, source, "Ref<Blog> blog",
                "does not say what deleting a Blog does to it", "@ForeignKey(onDelete = OnDelete.CASCADE)");
    }

    @Test
    void relationTypeWhenAForeignKeyIsNotARef() {
        JavaFileObject source = source("Entry",
                "@Model",
                "class Entry {",
                "    @Id ObjectId id;",
                "    @ForeignKey(onDelete = OnDelete.CASCADE) ObjectId blogId;",
                "}");

        assertError(compile(source), Diagnostic.RELATION_TYPE, source, "ObjectId blogId",
                "@ForeignKey is set on 'blogId' of type ObjectId", "Declare the field Ref<Target>");
    }

    @Test
    void relationTypeWhenAManyToManyIsASingleRef() {
        JavaFileObject source = source("Entry",
                "@Model",
                "class Entry {",
                "    @Id ObjectId id;",
                "    @ManyToMany Ref<Blog> blog;",
                "}");

        assertError(compile(blog(), source), Diagnostic.RELATION_TYPE, source, "Ref<Blog> blog",
                "Declare the field RefList<Blog>");
    }

    @Test
    void relationConflictWhenBothCardinalitiesAreGiven() {
        JavaFileObject source = source("Entry",
                "@Model",
                "class Entry {",
                "    @Id ObjectId id;",
                "    @ForeignKey(onDelete = OnDelete.CASCADE) @OneToOne(onDelete = OnDelete.CASCADE) Ref<Blog> blog;",
                "}");

        assertError(compile(blog(), source), Diagnostic.RELATION_CONFLICT, source, "Ref<Blog> blog", "Keep @OneToOne");
    }

    @Test
    void setNullNotNullableWhenTheReferenceIsRequired() {
        JavaFileObject source = source("Entry",
                "@Model",
                "class Entry {",
                "    @Id ObjectId id;",
                "    @ForeignKey(onDelete = OnDelete.SET_NULL) @Field(nullable = false) Ref<Blog> blog;",
                "}");

        assertError(compile(blog(), source), Diagnostic.SET_NULL_NOT_NULLABLE, source, "Ref<Blog> blog",
                "cannot set it to null");
    }

    @Test
    void setDefaultWithoutDefault() {
        JavaFileObject source = source("Entry",
                "@Model",
                "class Entry {",
                "    @Id ObjectId id;",
                "    @ForeignKey(onDelete = OnDelete.SET_DEFAULT) Ref<Blog> blog;",
                "}");

        assertError(compile(blog(), source), Diagnostic.SET_DEFAULT_WITHOUT_DEFAULT, source, "Ref<Blog> blog",
                "@Field(defaultValue = \"<an id of Blog>\")");
    }

    /** A reference's default is an id of the target, checked against the target's id type. */
    @Test
    void setDefaultWithAnIdThatIsNotOne() {
        JavaFileObject source = source("Entry",
                "@Model",
                "class Entry {",
                "    @Id ObjectId id;",
                "    @ForeignKey(onDelete = OnDelete.SET_DEFAULT) @Field(defaultValue = \"main\") Ref<Blog> blog;",
                "}");

        assertError(compile(blog(), source), Diagnostic.BAD_DEFAULT, source, "Ref<Blog> blog",
                "an id of Blog (ObjectId)", "24 hexadecimal digits");
    }

    @Test
    void badRelatedNameWhenItIsNotAnIdentifier() {
        JavaFileObject source = source("Entry",
                "@Model",
                "class Entry {",
                "    @Id ObjectId id;",
                "    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = \"my entries\") Ref<Blog> blog;",
                "}");

        assertError(compile(blog(), source), Diagnostic.BAD_RELATED_NAME, source, "Ref<Blog> blog", "\"my entries\"");
    }

    @Test
    void relatedNameClashWhenTwoRelationsShareAName() {
        JavaFileObject source = source("Entry",
                "@Model",
                "class Entry {",
                "    @Id ObjectId id;",
                "    @ForeignKey(onDelete = OnDelete.CASCADE) Ref<Blog> blog;",
                "    @ForeignKey(onDelete = OnDelete.CASCADE) Ref<Blog> archive;",
                "}");

        assertError(compile(blog(), source), Diagnostic.RELATED_NAME_CLASH, source, "Ref<Blog> archive",
                "gives Blog a reverse relation named \"entrySet\"", "the name of Entry.blog's relation too");
    }

    @Test
    void relatedNameClashWithAFieldOfTheTarget() {
        JavaFileObject source = source("Entry",
                "@Model",
                "class Entry {",
                "    @Id ObjectId id;",
                "    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = \"name\") Ref<Blog> blog;",
                "}");

        assertError(compile(blog(), source), Diagnostic.RELATED_NAME_CLASH, source, "Ref<Blog> blog",
                "already uses for a field or a generated method");
    }

    private static JavaFileObject band() {
        return source("Band",
                "@Model",
                "class Band extends Band_ {",
                "    @Id ObjectId id;",
                "    String name;",
                "}");
    }

    @Test
    void throughNotModelWhenTheThroughClassIsPlain() {
        JavaFileObject source = source("Musician",
                "@Model",
                "class Musician extends Musician_ {",
                "    static class Membership { }",
                "    @Id ObjectId id;",
                "    @ManyToMany(through = Membership.class) RefList<Band> bands;",
                "}");

        assertError(compile(band(), source), Diagnostic.THROUGH_NOT_MODEL, source, "RefList<Band> bands",
                "but Membership is not a @Model", "with a @ForeignKey Ref<Musician> and a @ForeignKey Ref<Band>");
    }

    @Test
    void throughReferencesWhenTheThroughModelLacksOne() {
        JavaFileObject membership = source("Membership",
                "@Model",
                "class Membership {",
                "    @Id ObjectId id;",
                "    @ForeignKey(onDelete = OnDelete.CASCADE) Ref<Band> band;",
                "    String role;",
                "}");
        JavaFileObject source = source("Musician",
                "@Model",
                "class Musician extends Musician_ {",
                "    @Id ObjectId id;",
                "    @ManyToMany(through = Membership.class) RefList<Band> bands;",
                "}");

        assertError(compile(band(), membership, source), Diagnostic.THROUGH_REFERENCES, source, "RefList<Band> bands",
                "Membership has the references band (Ref<Band>)", "exactly one @ForeignKey Ref<Musician> and one @ForeignKey Ref<Band>");
    }

    @Test
    void throughReferencesWhenTheRelationIsWithTheModelItself() {
        JavaFileObject friendship = source("Friendship",
                "@Model",
                "class Friendship {",
                "    @Id ObjectId id;",
                "    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = \"sent\") Ref<Person> from;",
                "    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = \"received\") Ref<Person> to;",
                "}");
        JavaFileObject source = source("Person",
                "@Model",
                "class Person extends Person_ {",
                "    @Id ObjectId id;",
                "    @ManyToMany(through = Friendship.class, relatedName = \"friendOf\") RefList<Person> friends;",
                "}");

        assertError(compile(friendship, source), Diagnostic.THROUGH_REFERENCES, source, "RefList<Person> friends",
                "the references from (Ref<Person>), to (Ref<Person>)");
    }

    @Test
    void throughInRecordWhenARecordDeclaresIt() {
        JavaFileObject membership = source("Membership",
                "@Model",
                "class Membership {",
                "    @Id ObjectId id;",
                "    @ForeignKey(onDelete = OnDelete.CASCADE) Ref<Band> band;",
                "    @ForeignKey(onDelete = OnDelete.CASCADE) Ref<Musician> musician;",
                "}");
        JavaFileObject source = source("Musician",
                "@Model",
                "record Musician(@Id ObjectId id, @ManyToMany(through = Membership.class) RefList<Band> bands) {}");

        assertError(compile(band(), membership, source), Diagnostic.THROUGH_IN_RECORD, source,
                "@ManyToMany(through = Membership.class) RefList<Band> bands", "Declare Musician as a class");
    }

    /** A relation through another model generates a ThroughPath and a manager, and nothing in the codec. */
    @Test
    void throughRelationsGenerateAPathAndAManager() {
        JavaFileObject membership = source("Membership",
                "@Model",
                "class Membership {",
                "    @Id ObjectId id;",
                "    @ForeignKey(onDelete = OnDelete.CASCADE) Ref<Band> band;",
                "    @ForeignKey(onDelete = OnDelete.CASCADE) Ref<Musician> musician;",
                "}");
        JavaFileObject source = source("Musician",
                "@Model",
                "class Musician extends Musician_ {",
                "    @Id ObjectId id;",
                "    @ManyToMany(through = Membership.class, relatedName = \"members\") RefList<Band> bands;",
                "}");

        Compilation compilation = compile(band(), membership, source);

        assertThat(compilation).succeededWithoutWarnings();
        String musician = generated(compilation, "test.Musician_");
        assertThat(musician).contains("public static final ThroughPath<Musician, Band> bands = new ThroughPath<Musician, Band>(Meta::instance, \"bands\", Band_.Meta::instance);");
        assertThat(musician).contains("public ThroughManager<Musician, Band> bands() {");
        assertThat(musician).contains("RelationMeta.manyToManyThrough(\"members\", Membership_.Meta::instance)");
        assertThat(musician).doesNotContain("writeName(\"bands\")");
        assertThat(generated(compilation, "test.Band_")).contains("public QuerySet<Musician> members() {");
    }

    /** Both sides of each kind of relation, stored under Django's keys, indexed, with managers and reverse accessors. */
    @Test
    void relationsGenerateBothSides() {
        JavaFileObject user = source("User",
                "@Model",
                "class User extends User_ {",
                "    @Id String username;",
                "}");
        JavaFileObject tag = source("Tag",
                "@Model",
                "class Tag extends Tag_ {",
                "    @Id ObjectId id;",
                "}");
        JavaFileObject entry = source("Entry",
                "@Model",
                "class Entry extends Entry_ {",
                "    @EmbeddedModel static class Credit { @ForeignKey(onDelete = OnDelete.SET_NULL) Ref<User> user; }",
                "    @Id ObjectId id;",
                "    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = \"entries\") Ref<Blog> blog;",
                "    @OneToOne(onDelete = OnDelete.PROTECT) Ref<User> editor;",
                "    @ManyToMany(relatedName = \"tagged\") RefList<Tag> tags;",
                "    List<Credit> credits;",
                "}");

        Compilation compilation = compile(blog(), user, tag, entry);

        assertThat(compilation).succeededWithoutWarnings();
        String entrySource = generated(compilation, "test.Entry_");
        assertThat(entrySource).contains("new RefPath<Entry, Blog>(\"blog_id\", Blog_.Meta::instance)");
        assertThat(entrySource).contains("public RelatedManager<Entry, Tag> tags()");
        assertThat(entrySource).contains("IndexSpec.on(\"editor_id\", 1).unique()");
        assertThat(entrySource).contains("IndexSpec.on(\"credits.user_id\", 1)");
        assertThat(generated(compilation, "test.Blog_")).contains("public QuerySet<Entry> entries()");
        assertThat(generated(compilation, "test.User_")).contains("public Entry entry()");
        assertThat(generated(compilation, "test.User_")).contains(
                "new ReversePath<User, Entry>(Entry_.Meta::instance, \"credits.user_id\", \"entrySet\")");
        assertThat(generated(compilation, "test.Tag_")).contains("public QuerySet<Entry> tagged()");
    }
}
