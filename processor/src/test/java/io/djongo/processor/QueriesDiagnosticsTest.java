package io.djongo.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.djongo.processor.Compilations.assertError;
import static io.djongo.processor.Compilations.compile;
import static io.djongo.processor.Compilations.errorsTagged;
import static io.djongo.processor.Compilations.generated;
import static io.djongo.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import io.djongo.processor.analysis.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The diagnostics of declared queries ({@code @Queries} interfaces): every mistake in a query is a
 * compile error on the method or on the annotation value that holds it, says what is wrong and
 * how to fix it, and, for mistakes inside a string, shows the string with a caret under the place.
 * Test methods are named after the diagnostic they provoke, as in {@link DiagnosticsTest}.
 */
class QueriesDiagnosticsTest {

    /** The model the queries run on: an embedded blog, an array of authors, tags, a map, a date. */
    private static JavaFileObject entry() {
        return source("Entry",
                "@Model",
                "class Entry {",
                "    @Id ObjectId id;",
                "    Blog blog;",
                "    String headline;",
                "    int rating;",
                "    List<String> tags;",
                "    List<Author> authors;",
                "    Map<String, Integer> votes;",
                "    Instant pubDate;",
                "    @EmbeddedModel static class Blog { String name; }",
                "    @ArrayModel static class Author { String name; String email; }",
                "}");
    }

    private static JavaFileObject queries(String... body) {
        String[] lines = new String[body.length + 2];
        lines[0] = "@Queries(Entry.class)";
        lines[1] = "interface EntryQueries {";
        System.arraycopy(body, 0, lines, 2, body.length);
        String[] all = java.util.Arrays.copyOf(lines, lines.length + 1);
        all[lines.length] = "}";
        return source("EntryQueries", all);
    }

    /**
     * Asserts that the error tagged {@code diagnostic} ends with {@code text} on a line and, on the
     * line below, {@code length} carets under its character {@code column}: where the mistake is.
     */
    private static void assertPointer(Compilation compilation, Diagnostic diagnostic, String text, int column, int length) {
        java.util.regex.Pattern pointer = java.util.regex.Pattern.compile("\\n( *)" + java.util.regex.Pattern.quote(text)
                + "\\n\\1" + " ".repeat(column) + "\\^{" + length + "}$");
        java.util.List<String> messages = errorsTagged(compilation, diagnostic);
        assertThat(messages.stream().anyMatch(message -> pointer.matcher(message).find())).isTrue();
    }

    // ---- the interface

    @Test
    void queriesNotInterfaceWhenAClassIsAnnotated() {
        JavaFileObject source = source("EntryQueries",
                "@Queries(Entry.class)",
                "abstract class EntryQueries {}");

        assertError(compile(entry(), source), Diagnostic.QUERIES_NOT_INTERFACE, source, "abstract class EntryQueries",
                "@Queries can only annotate an interface, not a class EntryQueries", "Declare it 'interface EntryQueries'");
    }

    @Test
    void queriesNotModelWhenTheTargetIsEmbedded() {
        JavaFileObject source = source("BlogQueries",
                "@Queries(Entry.Blog.class)",
                "interface BlogQueries {}");

        assertError(compile(entry(), source), Diagnostic.QUERIES_NOT_MODEL, source, "@Queries(Entry.Blog.class)",
                "names Blog, which is stored inside other documents, so it has no collection to query", "Name a @Model class");
    }

    @Test
    void noQueryWhenAMethodIsNeitherAnnotatedNorNamedAsAQuery() {
        JavaFileObject source = queries("    List<Entry> recent();");

        assertError(compile(entry(), source), Diagnostic.NO_QUERY, source, "recent()",
                "EntryQueries.recent is neither annotated with @Filter, @Update, @Delete or @Aggregate nor named as a query",
                "name it findBy..., countBy..., existsBy... or deleteBy..., or give it a default body");
    }

    // ---- lookups

    @Test
    void querySyntaxShowsWhereTheTextStopsMakingSense() {
        JavaFileObject source = queries(
                "    @Filter(\"rating__gte = :min, headline\")",
                "    List<Entry> broken(int min);");

        Compilation compilation = compile(entry(), source);

        assertError(compilation, Diagnostic.QUERY_SYNTAX, source, "@Filter(",
                "@Filter of EntryQueries.broken cannot be read: headline has no value. Write headline = :name, or a literal");
        assertPointer(compilation, Diagnostic.QUERY_SYNTAX, "rating__gte = :min, headline", 20, 8);
    }

    @Test
    void querySyntaxForAnUnclosedParenthesis() {
        JavaFileObject source = queries(
                "    @Filter(\"(rating__gte = :min | tags__contains = 'a'\")",
                "    List<Entry> open(int min);");

        Compilation compilation = compile(entry(), source);

        assertError(compilation, Diagnostic.QUERY_SYNTAX, source, "@Filter(",
                "this parenthesis is not closed. Add ')' after the lookups it groups");
        assertPointer(compilation, Diagnostic.QUERY_SYNTAX, "(rating__gte = :min | tags__contains = 'a'", 0, 1);
    }

    @Test
    void unknownFieldSuggestsTheClosestField() {
        JavaFileObject source = queries(
                "    @Filter(\"blg__name__startswith = :prefix\")",
                "    List<Entry> byBlog(String prefix);");

        Compilation compilation = compile(entry(), source);

        assertError(compilation, Diagnostic.UNKNOWN_FIELD, source, "@Filter(",
                "@Filter of EntryQueries.byBlog names \"blg\", but Entry has no such field. Did you mean \"blog\"? "
                        + "Its fields: id, blog, headline, rating, tags, authors, votes, pub_date");
        assertPointer(compilation, Diagnostic.UNKNOWN_FIELD, "blg__name__startswith = :prefix", 0, 3);
        assertThat(compilation.errors()).hasSize(1); // not also "prefix is unused"
    }

    @Test
    void unknownFieldInsideAnEmbeddedModel() {
        JavaFileObject source = queries(
                "    @Filter(\"blog__nmae = :name\")",
                "    List<Entry> byBlog(String name);");

        Compilation compilation = compile(entry(), source);

        assertError(compilation, Diagnostic.UNKNOWN_FIELD, source, "@Filter(",
                "names \"nmae\", but Blog has no such field. Did you mean \"name\"? Its fields: name");
        assertPointer(compilation, Diagnostic.UNKNOWN_FIELD, "blog__nmae = :name", 6, 4);
    }

    @Test
    void unknownLookupSuggestsTheClosestLookupOfTheField() {
        JavaFileObject source = queries(
                "    @Filter(\"blog__name__istartwith = :prefix\")",
                "    List<Entry> byBlog(String prefix);");

        Compilation compilation = compile(entry(), source);

        assertError(compilation, Diagnostic.UNKNOWN_LOOKUP, source, "@Filter(",
                "\"istartwith\" is not a lookup of Blog.name (String). Did you mean \"istartswith\"? "
                        + "Lookups for this field: exact, iexact, in, isnull, gt");
        assertPointer(compilation, Diagnostic.UNKNOWN_LOOKUP, "blog__name__istartwith = :prefix", 12, 10);
    }

    @Test
    void unknownLookupWhenADatePartIsAskedOfText() {
        JavaFileObject source = queries(
                "    @Filter(\"headline__year = :year\")",
                "    List<Entry> ofYear(int year);");

        assertError(compile(entry(), source), Diagnostic.UNKNOWN_LOOKUP, source, "@Filter(",
                "\"year\" is not a lookup of Entry.headline (String)");
    }

    @Test
    void unknownLookupForAnUpdateOperationTheFieldDoesNotHave() {
        JavaFileObject source = queries(
                "    @Filter(\"id = :id\") @Update(\"headline__inc = 1\")",
                "    long bump(ObjectId id);");

        assertError(compile(entry(), source), Diagnostic.UNKNOWN_LOOKUP, source, "@Update(",
                "\"inc\" is not an update of Entry.headline (String)", "Updates of this field: set, unset, rename, min, max");
    }

    @Test
    void missingParameterNamesTheParametersThereAre() {
        JavaFileObject source = queries(
                "    @Filter(\"rating__gte = :minimum\")",
                "    List<Entry> good(int min);");

        Compilation compilation = compile(entry(), source);

        assertError(compilation, Diagnostic.MISSING_PARAMETER, source, "@Filter(",
                "uses :minimum, but EntryQueries.good() has no such parameter. Add the parameter, or use one of :min");
        assertPointer(compilation, Diagnostic.MISSING_PARAMETER, "rating__gte = :minimum", 14, 8);
    }

    @Test
    void missingParameterOfADerivedName() {
        JavaFileObject source = queries("    List<Entry> findByRatingBetween(int from);");

        assertError(compile(entry(), source), Diagnostic.MISSING_PARAMETER, source, "findByRatingBetween",
                "uses parameter 2 for RatingBetween, but the method has no such parameter. It has 1.",
                "Add a parameter for each value the name compares with, in order");
    }

    @Test
    void unusedParameterIsReportedOnTheParameter() {
        JavaFileObject source = queries(
                "    @Filter(\"rating__gte = :min\")",
                "    List<Entry> good(int min,",
                "            String ignored);");

        assertError(compile(entry(), source), Diagnostic.UNUSED_PARAMETER, source, "String ignored",
                "parameter 'ignored' of EntryQueries.good is not used by its query", "Use it as :ignored in the query, or remove it");
    }

    @Test
    void parameterTypeMustBeTheFieldsType() {
        JavaFileObject source = queries(
                "    @Filter(\"rating__gte = :min\")",
                "    List<Entry> good(long min);");

        assertError(compile(entry(), source), Diagnostic.PARAMETER_TYPE, source, "@Filter(",
                "parameter 'min' is long, but rating__gte (Entry.rating (int)) takes an int. Declare it int");
    }

    @Test
    void parameterTypeOfInIsACollection() {
        JavaFileObject source = queries(
                "    @Filter(\"rating__in = :ratings\")",
                "    List<Entry> rated(int ratings);");

        assertError(compile(entry(), source), Diagnostic.PARAMETER_TYPE, source, "@Filter(",
                "parameter 'ratings' is int", "Declare it Collection<Integer> (a List or a Set)");
    }

    @Test
    void parameterTypeInJsonFollowsTheField() {
        JavaFileObject source = queries(
                "    @Filter(\"{rating: {$gte: :min}}\")",
                "    List<Entry> good(String min);");

        assertError(compile(entry(), source), Diagnostic.PARAMETER_TYPE, source, "@Filter(",
                "parameter 'min' is String, but rating takes an int. Declare it int");
    }

    @Test
    void badValueForALiteralOfTheWrongType() {
        JavaFileObject source = queries(
                "    @Filter(\"rating = 'high'\")",
                "    List<Entry> high();");

        assertError(compile(entry(), source), Diagnostic.BAD_VALUE, source, "@Filter(",
                "gives high, which rating cannot take: text is not a value of int", "Write the number without quotes");
    }

    @Test
    void badValueForNullInAComparison() {
        JavaFileObject source = queries(
                "    @Filter(\"rating__gt = null\")",
                "    List<Entry> nothing();");

        assertError(compile(entry(), source), Diagnostic.BAD_VALUE, source, "@Filter(",
                "null matches nothing here", "Use rating__isnull = true to find missing values");
    }

    // ---- return types

    @Test
    void returnTypeThatNoQueryGives() {
        JavaFileObject source = queries(
                "    @Filter(\"rating__gte = :min\")",
                "    Set<Entry> good(int min);");

        assertError(compile(entry(), source), Diagnostic.RETURN_TYPE, source, "Set<Entry> good",
                "EntryQueries.good returns Set<Entry>, which a query of Entry cannot give", "Return List<Entry>, Stream<Entry>");
    }

    @Test
    void returnTypeOfACountIsANumber() {
        JavaFileObject source = queries("    boolean countByRating(int rating);");

        assertError(compile(entry(), source), Diagnostic.RETURN_TYPE, source, "countByRating",
                "returns boolean, which a count cannot give. Return long or int");
    }

    @Test
    void returnTypeOfAProjectionNamesFields() {
        JavaFileObject source = queries(
                "    record Line(String headline, int stars) {}",
                "    @Filter(\"rating__gte = :min\")",
                "    List<Line> lines(int min);");

        assertError(compile(entry(), source), Diagnostic.RETURN_TYPE, source, "List<Line> lines",
                "the component 'stars' of Line names no field of Entry");
    }

    // ---- JSON

    @Test
    void badJsonShowsThePlace() {
        JavaFileObject source = queries(
                "    @Filter(\"{rating: {$gte: :min}\")",
                "    List<Entry> good(int min);");

        Compilation compilation = compile(entry(), source);

        assertError(compilation, Diagnostic.BAD_JSON, source, "@Filter(",
                "@Filter of EntryQueries.good is not valid JSON: the text ends too early. Write MongoDB's relaxed JSON");
        assertPointer(compilation, Diagnostic.BAD_JSON, "{rating: {$gte: :min}", 21, 1);
    }

    @Test
    void badJsonForAFieldNamedByItsJavaNameSuggestsTheKey() {
        JavaFileObject entry = source("Entry",
                "@Model",
                "class Entry {",
                "    @Id ObjectId id;",
                "    @Field(name = \"pub_date\") Instant pubDate;",
                "}");
        JavaFileObject source = queries(
                "    @Filter(\"{pubDate: {$gte: :since}}\")",
                "    List<Entry> since(Instant since);");

        assertError(compile(entry, source), Diagnostic.UNKNOWN_FIELD, source, "@Filter(",
                "names \"pubDate\", but Entry has no such field. JSON names fields by their document key: did you mean "
                        + "\"pub_date\"? Its fields: _id, pub_date");
    }

    @Test
    void unknownOperatorSuggestsMongoDbsOperator() {
        JavaFileObject source = queries(
                "    @Filter(\"{rating: {$gtee: :min}}\")",
                "    List<Entry> good(int min);");

        Compilation compilation = compile(entry(), source);

        assertError(compilation, Diagnostic.UNKNOWN_OPERATOR, source, "@Filter(",
                "uses \"$gtee\", which is not a field condition. Did you mean \"$gte\"? Field conditions: $eq, $ne");
        assertPointer(compilation, Diagnostic.UNKNOWN_OPERATOR, "{rating: {$gtee: :min}}", 10, 5);
    }

    @Test
    void unknownOperatorNeverSendsJavaScript() {
        JavaFileObject source = queries(
                "    @Filter(\"{$where: 'this.rating > 3'}\")",
                "    List<Entry> good();");

        assertError(compile(entry(), source), Diagnostic.UNKNOWN_OPERATOR, source, "@Filter(",
                "JavaScript in queries is never sent", "Use $expr with aggregation operators instead");
    }

    @Test
    void unknownOperatorForAStageOfAPipeline() {
        JavaFileObject source = queries(
                "    @Aggregate(\"[{$mach: {rating: {$gte: :min}}}]\")",
                "    List<org.bson.Document> good(int min);");

        assertError(compile(entry(), source), Diagnostic.UNKNOWN_OPERATOR, source, "@Aggregate(",
                "uses \"$mach\", which is not an aggregation stage. Did you mean \"$match\"?");
    }

    // ---- derived names

    @Test
    void derivedNameSaysWhichWordDoesNotRead() {
        JavaFileObject source = queries("    List<Entry> findByBlogNmaeStartsWith(String prefix);");

        Compilation compilation = compile(entry(), source);

        assertError(compilation, Diagnostic.DERIVED_NAME, source, "findByBlogNmaeStartsWith",
                "the name findByBlogNmaeStartsWith cannot be read as a query: \"BlogNmaeStartsWith\" is not a property of "
                        + "Entry. Properties: Id, Blog, Headline, Rating, Tags, Authors, Votes, PubDate; a path into an "
                        + "embedded model joins the names, such as BlogName");
        assertPointer(compilation, Diagnostic.DERIVED_NAME, "findByBlogNmaeStartsWith", 6, 18);
    }

    @Test
    void derivedNameWithAKeywordDjongoDoesNotHave() {
        JavaFileObject source = queries("    List<Entry> findByHeadlineLike(String pattern);");

        assertError(compile(entry(), source), Diagnostic.DERIVED_NAME, source, "findByHeadlineLike",
                "\"Like\" is not supported", "write Containing, StartingWith, EndingWith or Regex");
    }

    // ---- conflicts and updates

    @Test
    void queryConflictWhenAnAggregationHasAFilter() {
        JavaFileObject source = queries(
                "    @Aggregate(\"[{$match: {rating: 3}}]\") @Filter(\"rating = 3\")",
                "    List<org.bson.Document> three();");

        assertError(compile(entry(), source), Diagnostic.QUERY_CONFLICT, source, "@Aggregate(",
                "@Aggregate is the whole query, so it takes no @Filter", "Put the conditions, order and limit in the pipeline");
    }

    @Test
    void queryConflictWhenAnUpdateHasALimit() {
        JavaFileObject source = queries(
                "    @Filter(\"rating = 3\") @Update(\"rating__inc = 1\") @Limit(1)",
                "    long bump();");

        assertError(compile(entry(), source), Diagnostic.QUERY_CONFLICT, source, "@Limit(1)",
                "@Update changes every document the filter matches, so it has no order or slice");
    }

    @Test
    void badUpdateWhenAPathChangesTwice() {
        JavaFileObject source = queries(
                "    @Filter(\"id = :id\") @Update(\"rating__inc = 1, rating = 3\")",
                "    long bump(ObjectId id);");

        assertError(compile(entry(), source), Diagnostic.BAD_UPDATE, source, "@Update(",
                "cannot be sent as one update: it changes rating twice (rating__inc and rating)", "Keep one of them");
    }

    @Test
    void badUpdateThroughEveryElementOfAnArrayOfModels() {
        JavaFileObject source = queries(
                "    @Filter(\"id = :id\") @Update(\"authors__name = :name\")",
                "    long rename(ObjectId id, String name);");

        assertError(compile(entry(), source), Diagnostic.BAD_UPDATE, source, "@Update(",
                "authors__name reaches into every element of an array of models", "updateWhere or updateEach");
    }

    // ---- pages

    /** {@link #queries} with the paging package imported: {@code Page}, {@code Paginator}, {@code KeysetPaginator}. */
    private static JavaFileObject pagedQueries(String... body) {
        String[] lines = new String[body.length + 3];
        lines[0] = "@Queries(Entry.class)";
        lines[1] = "interface EntryQueries {";
        System.arraycopy(body, 0, lines, 2, body.length);
        lines[lines.length - 1] = "}";
        return Compilations.sourceWithImports(Compilations.IMPORTS + " import io.djongo.paging.*;", "EntryQueries", lines);
    }

    @Test
    void pageParameterMissingSaysWhichPageToReturn() {
        JavaFileObject source = pagedQueries(
                "    @Filter(\"rating__gte = :min\") @OrderBy(\"-pub_date\")",
                "    Page<Entry> good(int min, @PageSize int perPage);");

        assertError(compile(entry(), source), Diagnostic.PAGE_PARAMETER, source, "Page<Entry> good",
                "EntryQueries.good: it returns Page<Entry>, but no parameter is @PageNumber, so which page it returns is "
                        + "not said. Add a parameter @PageNumber int page, or return Paginator<Entry> to choose pages later");
    }

    @Test
    void pageParameterMissingSizeOfAPaginator() {
        JavaFileObject source = pagedQueries(
                "    @Filter(\"rating__gte = :min\") @OrderBy(\"-pub_date\")",
                "    Paginator<Entry> good(int min);");

        assertError(compile(entry(), source), Diagnostic.PAGE_PARAMETER, source, "Paginator<Entry> good",
                "it returns Paginator<Entry>, but no parameter is @PageSize, so its pages have no size",
                "Add a parameter @PageSize int perPage");
    }

    @Test
    void pageParameterOfATypeThatHoldsNoPageNumber() {
        JavaFileObject source = pagedQueries(
                "    @Filter(\"rating__gte = :min\") @OrderBy(\"-pub_date\")",
                "    Page<Entry> good(int min,",
                "            @PageNumber double page, @PageSize long perPage);");

        Compilation compilation = compile(entry(), source);

        assertError(compilation, Diagnostic.PAGE_PARAMETER, source, "@PageNumber double page",
                "parameter 'page' is @PageNumber, but its type double cannot hold one",
                "Declare it int or long, or String for a page number as a URL gives it");
        assertThat(errorsTagged(compilation, Diagnostic.PAGE_PARAMETER)).contains("[djongo:page-parameter] "
                + "EntryQueries.good: parameter 'perPage' is @PageSize, but its type long cannot hold one. Declare it int");
    }

    @Test
    void pageParameterOnAQueryThatReturnsNoPages() {
        JavaFileObject source = pagedQueries(
                "    @Filter(\"rating__gte = :min\")",
                "    List<Entry> good(int min,",
                "            @PageSize int perPage);");

        Compilation compilation = compile(entry(), source);

        assertError(compilation, Diagnostic.PAGE_PARAMETER, source, "@PageSize int perPage",
                "parameter 'perPage' is @PageSize, but the query returns List<Entry>, which has no pages",
                "Return Page<Entry> (a @PageNumber and a @PageSize), Paginator<Entry> or KeysetPaginator<Entry> "
                        + "(a @PageSize), or remove @PageSize");
        assertThat(compilation.errors()).hasSize(1); // not also "perPage is unused"
    }

    @Test
    void pageParameterIsNotAValueOfTheQuery() {
        JavaFileObject source = pagedQueries(
                "    @Filter(\"rating__gte = :perPage\") @OrderBy(\"-pub_date\")",
                "    Page<Entry> good(@PageNumber int page, @PageSize int perPage);");

        Compilation compilation = compile(entry(), source);

        assertError(compilation, Diagnostic.PAGE_PARAMETER, source, "@Filter(",
                "@Filter of EntryQueries.good: :perPage is the @PageSize parameter, which sets how many objects a page "
                        + "holds, not a value of the query. Give the query a parameter of its own for this value");
        assertPointer(compilation, Diagnostic.PAGE_PARAMETER, "rating__gte = :perPage", 14, 8);
    }

    @Test
    void pageParameterTwiceOrBoth() {
        JavaFileObject source = pagedQueries(
                "    @OrderBy(\"-pub_date\")",
                "    Page<Entry> all(@PageNumber int page, @PageSize int perPage,",
                "            @PageSize int size,",
                "            @PageNumber @PageSize int n);");

        Compilation compilation = compile(entry(), source);

        assertError(compilation, Diagnostic.PAGE_PARAMETER, source, "@PageSize int size",
                "parameter 'size' is a second @PageSize (the first is 'perPage'). Keep @PageSize on one parameter");
        assertError(compilation, Diagnostic.PAGE_PARAMETER, source, "@PageNumber @PageSize int n",
                "parameter 'n' is both @PageNumber and @PageSize", "keep one annotation here");
    }

    @Test
    void pageParameterNumberOfAPaginatorThatHoldsEveryPage() {
        JavaFileObject source = pagedQueries(
                "    @OrderBy(\"-pub_date\")",
                "    KeysetPaginator<Entry> all(@PageNumber int page, @PageSize int perPage);");

        assertError(compile(entry(), source), Diagnostic.PAGE_PARAMETER, source, "KeysetPaginator<Entry> all",
                "parameter 'page' is @PageNumber, but KeysetPaginator<Entry> holds every page",
                "a keyset paginator finds pages by cursor, with first(), after(cursor) and before(cursor)");
    }

    /** Django: "Pagination may yield inconsistent results with an unordered object_list" (UnorderedObjectListWarning). */
    @Test
    void pageOrderIsRequiredForStablePages() {
        JavaFileObject source = pagedQueries(
                "    @Filter(\"rating__gte = :min\")",
                "    Page<Entry> good(int min, @PageNumber int page, @PageSize int perPage);");

        assertError(compile(entry(), source), Diagnostic.PAGE_ORDER, source, "Page<Entry> good",
                "EntryQueries.good returns Page<Entry>, but its query has no order, so the server may return one Entry "
                        + "on two pages and another on none (Django warns of this: UnorderedObjectListWarning). Add "
                        + "@OrderBy with the order of the pages, ending with a field whose values are unique, such as "
                        + "\"id\", or give Entry a default order with @Model(ordering = ...)");
    }

    @Test
    void pageOrderTakenAwayIsReportedOnOrderBy() {
        JavaFileObject source = pagedQueries(
                "    @Filter(\"rating__gte = :min\")",
                "    @OrderBy({})",
                "    Paginator<Entry> good(int min, @PageSize int perPage);");

        assertError(compile(entry(), source), Diagnostic.PAGE_ORDER, source, "@OrderBy({})",
                "returns Paginator<Entry>, but @OrderBy({}) takes its order away");
    }

    @Test
    void pageOrderOfADerivedName() {
        JavaFileObject source = pagedQueries(
                "    Page<Entry> findByRating(int rating, @PageNumber int page, @PageSize int perPage);");

        assertError(compile(entry(), source), Diagnostic.PAGE_ORDER, source, "findByRating",
                "its query has no order", "Add the order to the name, such as OrderById, or give Entry a default order");
    }

    @Test
    void pageOrderOfAKeysetPaginatorHasPlainKeys() {
        JavaFileObject source = pagedQueries(
                "    @OrderBy({\"-pub_date\", \"tags\"})",
                "    KeysetPaginator<Entry> tagged(@PageSize int perPage);");

        assertError(compile(entry(), source), Diagnostic.PAGE_ORDER, source, "@OrderBy(",
                "EntryQueries.tagged returns KeysetPaginator<Entry>, but its order key \"tags\" holds many values "
                        + "(Entry.tags is List<String>), which has no single place in the order. Order by fields of one "
                        + "plain value each (text, a number, a date, an id, an enum), or return Paginator<Entry>");
    }

    @Test
    void pageOrderOfAKeysetPaginatorThroughTheModelsOrdering() {
        JavaFileObject entry = source("Entry",
                "@Model(ordering = \"blog\")",
                "class Entry {",
                "    @Id ObjectId id;",
                "    Blog blog;",
                "    @EmbeddedModel static class Blog { String name; }",
                "}");
        JavaFileObject source = pagedQueries(
                "    KeysetPaginator<Entry> findAll(@PageSize int perPage);");

        assertError(compile(entry, source), Diagnostic.PAGE_ORDER, source, "findAll",
                "its order key \"blog\" (from @Model(ordering) of Entry) holds a whole sub-document (Entry.blog is Entry.Blog)");
    }

    @Test
    void queryConflictWhenAPageHasALimit() {
        JavaFileObject source = pagedQueries(
                "    @OrderBy(\"-pub_date\") @Limit(10)",
                "    Page<Entry> recent(@PageNumber int page, @PageSize int perPage);");

        assertError(compile(entry(), source), Diagnostic.QUERY_CONFLICT, source, "@Limit(10)",
                "EntryQueries.recent: a query that returns Page<Entry> is sliced by its pages, so it takes no @Limit. "
                        + "Remove @Limit; @PageSize says how many objects a page holds");
    }

    @Test
    void queryConflictWhenADerivedPageNameHasTop() {
        JavaFileObject source = pagedQueries(
                "    Page<Entry> findTop10ByRatingOrderByPubDateDesc(int rating, @PageNumber int page, @PageSize int size);");

        assertError(compile(entry(), source), Diagnostic.QUERY_CONFLICT, source, "findTop10By",
                "the name keeps only the first 10 (First or Top10), but a query that returns Page<Entry> is sliced by its pages");
    }

    @Test
    void queryConflictWhenAPageQueryWouldHaveTheCommandOfAnother() {
        JavaFileObject source = pagedQueries(
                "    @Filter(\"rating__gte = :min\") @OrderBy(\"-pub_date\")",
                "    List<Entry> good(int min);",
                "    @Filter(\"rating__gte = :min\") @OrderBy(\"-pub_date\")",
                "    Page<Entry> good(int min, @PageNumber int page, @PageSize int perPage);");

        assertError(compile(entry(), source), Diagnostic.QUERY_CONFLICT, source, "Page<Entry> good",
                "EntryQueries.good: without its page parameters, which are not part of a command, its command "
                        + "EntryQueries_.Commands.good(int) would be that of the other good too. Rename one of the two methods");
    }

    @Test
    void returnTypeOfAKeysetPageIsItsPaginator() {
        JavaFileObject source = pagedQueries(
                "    @OrderBy(\"-pub_date\")",
                "    KeysetPage<Entry> recent(@PageSize int perPage);");

        assertError(compile(entry(), source), Diagnostic.RETURN_TYPE, source, "KeysetPage<Entry> recent",
                "returns KeysetPage<Entry>, which a query of Entry cannot give. Return KeysetPaginator<Entry> (with a "
                        + "@PageSize parameter), and ask it for first(), after(cursor) or before(cursor)");
    }

    @Test
    void aValidPagedInterfaceCompilesWithoutWarnings() {
        JavaFileObject source = pagedQueries(
                "    @Filter(\"blog__name__istartswith = :prefix\") @OrderBy({\"-pub_date\", \"id\"})",
                "    Page<Entry> byBlog(String prefix, @PageNumber int page, @PageSize int perPage);",
                "    Page<Entry> findByRatingOrderByHeadline(@PageSize int perPage, int rating, @PageNumber String page);",
                "    @Filter(\"rating__gte = :min\") @OrderBy(\"-pub_date\")",
                "    Paginator<Entry> good(int min, @PageSize int perPage);",
                "    @Exclude(\"tags__contains = :tag\") @OrderBy({\"blog__name\", \"-rating\"})",
                "    KeysetPaginator<Entry> untagged(String tag, @PageSize int perPage);");

        Compilation compilation = com.google.testing.compile.Compiler.javac().withProcessors(new DjongoProcessor())
                .withOptions("-Xlint:all", "-Werror").compile(entry(), source);

        assertThat(compilation).succeededWithoutWarnings();
        String generated = generated(compilation, "test.EntryQueries_");
        assertThat(generated).contains("return new Paginator<>(DeclaredSupport.find(objects, Commands.byBlog(prefix)), "
                + "perPage).page(page);");
        assertThat(generated).contains("public static BsonDocument findByRatingOrderByHeadline(int rating) {");
        assertThat(generated).contains("return new KeysetPaginator<>(DeclaredSupport.find(objects, Commands.untagged(tag)), "
                + "perPage);");
    }

    // ---- what is reported once, and what compiles

    @Test
    void everyMistakeOfAnInterfaceIsReportedAtOnce() {
        JavaFileObject source = queries(
                "    @Filter(\"blg = :b\") List<Entry> one(String b);",
                "    @Filter(\"rating__gte = :x\") List<Entry> two(int min);",
                "    List<Entry> findByHeadlne(String h);");

        Compilation compilation = compile(entry(), source);

        assertThat(errorsTagged(compilation, Diagnostic.UNKNOWN_FIELD)).hasSize(1);
        assertThat(errorsTagged(compilation, Diagnostic.MISSING_PARAMETER)).hasSize(1);
        assertThat(errorsTagged(compilation, Diagnostic.DERIVED_NAME)).hasSize(1);
        assertThat(compilation.errors()).hasSize(3); // not also "b is unused": its query did not compile
    }

    @Test
    void aValidInterfaceCompilesWithoutWarnings() {
        JavaFileObject source = queries(
                "    @Filter(\"blog__name__istartswith = :prefix, rating__gte = :min\") @OrderBy(\"-pub_date\")",
                "    List<Entry> byBlog(String prefix, int min);",
                "    long countByTagsContains(String tag);");

        Compilation compilation = com.google.testing.compile.Compiler.javac().withProcessors(new DjongoProcessor())
                .withOptions("-Xlint:all", "-Werror").compile(entry(), source);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generated(compilation, "test.EntryQueries_")).contains(
                "Template.parse(\"{find: 'entry', filter: {'blog.name': {$regex: ?0, $options: 'i'}, rating: {$gte: ?1}}, "
                        + "sort: {pubDate: -1}}\")");
    }
}
