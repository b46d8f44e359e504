package io.djongo.processor.analysis.queries;

import com.palantir.javapoet.ClassName;
import io.djongo.processor.analysis.Diagnostic;
import io.djongo.processor.model.FieldModel;
import io.djongo.processor.model.FieldType;
import io.djongo.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads Spring Data / Micronaut style method names as queries:
 * {@code findTop10ByBlogNameStartsWithAndRatingGreaterThanEqualOrderByPubDateDesc(String prefix, int min)} is
 * {@code @Filter("blog__name__startswith = :prefix, rating__gte = :min") @OrderBy("-pub_date") @Limit(10)}.
 * Properties are camel-case paths ({@code BlogName} is {@code blog.name}; {@code _} separates parts
 * explicitly), each keyword maps to a Django lookup, and parameters are taken in order. A word that
 * does not read is reported with its place in the name.
 */
final class DerivedNames {
    /** What a derived name asks for. */
    enum Kind { FIND, COUNT, EXISTS, DELETE }

    /**
     * A derived query.
     *
     * @param filter the condition, or {@code null} for every document
     * @param order Django ordering keys ({@code -pub_date})
     * @param limit the limit of {@code First}/{@code TopN}, or -1
     * @param parameters how many parameters the condition takes
     */
    record Derived(Kind kind, Expr filter, List<String> order, int limit, int parameters) {}

    private static final List<String> FIND = List.of("find", "read", "get", "query", "search", "stream");
    private static final List<String> PREFIXES = List.of("find", "read", "get", "query", "search", "stream", "count",
            "exists", "delete", "remove");

    /** Keywords, longest first, and the lookup and parameter count each stands for. */
    private record Keyword(String word, String lookup, int parameters, String value, boolean negated) {}

    private static final List<Keyword> KEYWORDS = List.of(
            new Keyword("IsGreaterThanEqual", "gte", 1, null, false),
            new Keyword("GreaterThanEqual", "gte", 1, null, false),
            new Keyword("IsLessThanEqual", "lte", 1, null, false),
            new Keyword("LessThanEqual", "lte", 1, null, false),
            new Keyword("IsNotContaining", "contains", 1, null, true),
            new Keyword("NotContaining", "contains", 1, null, true),
            new Keyword("IsStartingWith", "startswith", 1, null, false),
            new Keyword("StartingWith", "startswith", 1, null, false),
            new Keyword("StartsWith", "startswith", 1, null, false),
            new Keyword("IsEndingWith", "endswith", 1, null, false),
            new Keyword("EndingWith", "endswith", 1, null, false),
            new Keyword("EndsWith", "endswith", 1, null, false),
            new Keyword("IsGreaterThan", "gt", 1, null, false),
            new Keyword("GreaterThan", "gt", 1, null, false),
            new Keyword("IsLessThan", "lt", 1, null, false),
            new Keyword("LessThan", "lt", 1, null, false),
            new Keyword("IsContaining", "contains", 1, null, false),
            new Keyword("Containing", "contains", 1, null, false),
            new Keyword("Contains", "contains", 1, null, false),
            new Keyword("MatchesRegex", "regex", 1, null, false),
            new Keyword("Matches", "regex", 1, null, false),
            new Keyword("Regex", "regex", 1, null, false),
            new Keyword("IsNotEmpty", "isempty", 0, "false", false),
            new Keyword("NotEmpty", "isempty", 0, "false", false),
            new Keyword("IsEmpty", "isempty", 0, "true", false),
            new Keyword("Empty", "isempty", 0, "true", false),
            new Keyword("IsNotNull", "isnull", 0, "false", false),
            new Keyword("NotNull", "isnull", 0, "false", false),
            new Keyword("IsNull", "isnull", 0, "true", false),
            new Keyword("Null", "isnull", 0, "true", false),
            new Keyword("IsBetween", "range", 2, null, false),
            new Keyword("Between", "range", 2, null, false),
            new Keyword("IsBefore", "lt", 1, null, false),
            new Keyword("Before", "lt", 1, null, false),
            new Keyword("IsAfter", "gt", 1, null, false),
            new Keyword("After", "gt", 1, null, false),
            new Keyword("IsNotIn", "in", 1, null, true),
            new Keyword("NotIn", "in", 1, null, true),
            new Keyword("IsIn", "in", 1, null, false),
            new Keyword("In", "in", 1, null, false),
            new Keyword("IsTrue", "exact", 0, "true", false),
            new Keyword("True", "exact", 0, "true", false),
            new Keyword("IsFalse", "exact", 0, "false", false),
            new Keyword("False", "exact", 0, "false", false),
            new Keyword("IsNot", "exact", 1, null, true),
            new Keyword("Not", "exact", 1, null, true),
            new Keyword("Equals", "exact", 1, null, false),
            new Keyword("Is", "exact", 1, null, false));

    /** Spring keywords Djongo has no lookup for, with what to write instead. */
    private static final List<String[]> UNSUPPORTED = List.of(
            new String[] {"NotLike", "Like has SQL wildcards; write NotContaining, or @Filter with ~(...__regex = :p)"},
            new String[] {"IsLike", "Like has SQL wildcards; write Containing, StartingWith, EndingWith or Regex"},
            new String[] {"Like", "Like has SQL wildcards; write Containing, StartingWith, EndingWith or Regex"},
            new String[] {"Exists", "write IsNotNull or IsNull"},
            new String[] {"Near", "geospatial queries are written with @Filter(\"{...: {$near: ...}}\")"},
            new String[] {"Within", "geospatial queries are written with @Filter(\"{...: {$geoWithin: ...}}\")"});

    private final Paths paths;
    private final String name;
    private final List<String> parameterNames;
    private int parameter;

    private DerivedNames(Paths paths, String name, List<String> parameterNames) {
        this.paths = paths;
        this.name = name;
        this.parameterNames = parameterNames;
    }

    /** Whether {@code name} starts as a derived query does. */
    static boolean isDerived(String name) {
        for (String prefix : PREFIXES) {
            if (name.startsWith(prefix) && (name.length() == prefix.length() || Character.isUpperCase(name.charAt(prefix.length())))) {
                return true;
            }
        }
        return false;
    }

    /** The query named {@code name} on {@code model}, taking {@code parameterNames} in order. */
    static Derived parse(Paths paths, ClassName model, String name, List<String> parameterNames) {
        return new DerivedNames(paths, name, parameterNames).parse(model);
    }

    private Derived parse(ClassName model) {
        String prefix = null;
        for (String candidate : PREFIXES) {
            if (name.startsWith(candidate) && (name.length() == candidate.length()
                    || Character.isUpperCase(name.charAt(candidate.length())))) {
                prefix = candidate;
            }
        }
        if (prefix == null) {
            throw problem(0, name.length(), "it does not start with find, read, get, query, search, stream, count, exists, "
                    + "delete or remove", "Name it findBy..., countBy..., existsBy... or deleteBy..., or annotate it");
        }
        Kind kind = FIND.contains(prefix) ? Kind.FIND : prefix.equals("count") ? Kind.COUNT
                : prefix.equals("exists") ? Kind.EXISTS : Kind.DELETE;
        int at = prefix.length();
        int orderBy = word(name, "OrderBy", at);
        int by = -1;
        for (int found = word(name, "By", at); found >= 0; found = word(name, "By", found + 1)) {
            if (orderBy >= 0 && found == orderBy + "Order".length()) {
                continue; // the By of OrderBy
            }
            if (orderBy < 0 || found < orderBy) {
                by = found;
            }
            break;
        }
        String subject = name.substring(at, by >= 0 ? by : orderBy >= 0 ? orderBy : name.length());
        int predicateAt = by >= 0 ? by + 2 : orderBy >= 0 ? orderBy : name.length();
        int limit = subject(subject, at);
        int predicateEnd = orderBy >= predicateAt ? orderBy : name.length();
        String predicate = name.substring(predicateAt, predicateEnd);
        Expr filter = null;
        if (!predicate.isEmpty()) {
            filter = predicate(model, predicate, predicateAt);
        }
        List<String> order = orderBy >= 0 ? order(model, orderBy + "OrderBy".length()) : List.of();
        return new Derived(kind, filter, order, limit, parameter);
    }

    /** {@code All}, {@code First}, {@code Top10}, {@code First3}, or a word that only describes the subject. */
    private int subject(String subject, int at) {
        if (subject.contains("Distinct")) {
            int place = at + subject.indexOf("Distinct");
            throw problem(place, "Distinct".length(), "\"Distinct\" has no meaning here: documents are distinct already",
                    "Remove it; for the distinct values of a field, return QuerySet<T> and call distinct(path)");
        }
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("(First|Top)(\\d*)").matcher(subject);
        if (matcher.find()) {
            String digits = matcher.group(2);
            int limit = digits.isEmpty() ? 1 : Integer.parseInt(digits);
            if (limit <= 0) {
                throw problem(at + matcher.start(), matcher.group().length(), "\"" + matcher.group() + "\" asks for no result",
                        "Write First, or TopN with N at least 1");
            }
            return limit;
        }
        return -1;
    }

    private Expr predicate(ClassName model, String predicate, int at) {
        boolean allIgnoreCase = false;
        for (String suffix : List.of("AllIgnoreCase", "AllIgnoringCase")) {
            if (predicate.endsWith(suffix)) {
                predicate = predicate.substring(0, predicate.length() - suffix.length());
                allIgnoreCase = true;
            }
        }
        List<Expr> alternatives = new ArrayList<>();
        int start = 0;
        for (int end : splits(predicate, "Or")) {
            alternatives.add(conjunction(model, predicate.substring(start, end), at + start, allIgnoreCase));
            start = end + 2;
        }
        alternatives.add(conjunction(model, predicate.substring(start), at + start, allIgnoreCase));
        return alternatives.size() == 1 ? alternatives.get(0) : new Expr.Or(alternatives);
    }

    private Expr conjunction(ClassName model, String text, int at, boolean allIgnoreCase) {
        List<Expr> conditions = new ArrayList<>();
        int start = 0;
        for (int end : splits(text, "And")) {
            conditions.add(condition(model, text.substring(start, end), at + start, allIgnoreCase));
            start = end + 3;
        }
        conditions.add(condition(model, text.substring(start), at + start, allIgnoreCase));
        return conditions.size() == 1 ? conditions.get(0) : new Expr.And(conditions);
    }

    /** One {@code PropertyKeyword[IgnoreCase]}, as the lookup it stands for. */
    private Expr condition(ClassName model, String text, int at, boolean allIgnoreCase) {
        if (text.isEmpty()) {
            throw problem(at, 1, "a condition is empty", "Name a property between And and Or");
        }
        boolean ignoreCase = allIgnoreCase;
        for (String suffix : List.of("IgnoreCase", "IgnoringCase")) {
            if (text.endsWith(suffix) && text.length() > suffix.length()) {
                text = text.substring(0, text.length() - suffix.length());
                ignoreCase = true;
            }
        }
        for (String[] unsupported : UNSUPPORTED) {
            if (text.endsWith(unsupported[0]) && text.length() > unsupported[0].length()) {
                int place = at + text.length() - unsupported[0].length();
                throw problem(place, unsupported[0].length(), "\"" + unsupported[0] + "\" is not supported", unsupported[1]);
            }
        }
        Keyword keyword = null;
        for (Keyword candidate : KEYWORDS) {
            if (text.endsWith(candidate.word()) && text.length() > candidate.word().length()
                    && resolves(model, text.substring(0, text.length() - candidate.word().length()))) {
                keyword = candidate;
                break;
            }
        }
        String property = keyword == null ? text : text.substring(0, text.length() - keyword.word().length());
        String path = property(model, property, at);
        String lookupName = keyword == null ? "exact" : keyword.lookup();
        if (ignoreCase) {
            switch (lookupName) {
                case "exact", "contains", "startswith", "endswith", "regex" -> lookupName = "i" + lookupName;
                default -> throw problem(at, text.length(), "IgnoreCase applies to equality and text patterns, not to "
                        + (keyword == null ? "" : keyword.word()), "Remove IgnoreCase");
            }
        }
        String lookup = lookupName.equals("exact") ? path : path + "__" + lookupName;
        int parameters = keyword == null ? 1 : keyword.parameters();
        Expr.Value value;
        if (keyword != null && keyword.value() != null) {
            value = new Expr.Literal(Expr.Literal.Kind.BOOLEAN, keyword.value(), at);
        } else if (parameters == 2) {
            Expr.Param from = next(at, text);
            Expr.Param to = next(at, text);
            value = new Expr.ListValue(List.of(from, to), at, "[" + from.text() + ", " + to.text() + "]");
        } else {
            value = next(at, text);
        }
        Expr condition = new Expr.Condition(lookup, at, value);
        return keyword != null && keyword.negated() ? new Expr.Not(condition) : condition;
    }

    /** The next parameter, in order. */
    private Expr.Param next(int at, String text) {
        if (parameter >= parameterNames.size()) {
            throw new Problem(Diagnostic.MISSING_PARAMETER, at, text.length(), name + "()", "parameter "
                    + (parameter + 1) + " for " + text, "the method", " It has " + parameterNames.size() + ".",
                    "Add a parameter for each value the name compares with, in order");
        }
        return new Expr.Param(parameterNames.get(parameter++), at);
    }

    /**
     * The Django path of the camel-case property {@code property} of {@code model}
     * ({@code blogName} → {@code blog__name}), or {@code null} when it names no field: how the
     * components of a projection record name their fields.
     */
    static String path(Paths paths, ClassName model, String property) {
        List<String> path = new DerivedNames(paths, property, List.of()).resolve(model, capitalize(property), null);
        return path == null ? null : String.join("__", path);
    }

    /** Whether {@code property} names a field path of {@code model}. */
    private boolean resolves(ClassName model, String property) {
        try {
            property(model, property, 0);
            return true;
        } catch (Problem e) {
            return false;
        }
    }

    /**
     * The Django path of a camel-case property: {@code BlogName} → {@code blog__name}, trying the
     * longest field name first, as Spring Data does; {@code _} separates parts explicitly.
     */
    private String property(ClassName model, String property, int at) {
        List<String> path = resolve(model, property.replace("_", ""), property.contains("_") ? property.split("_") : null);
        if (path == null) {
            List<String> names = new ArrayList<>();
            for (FieldModel field : paths.fields(model)) {
                names.add(capitalize(field.name()));
            }
            throw problem(at, property.length(), "\"" + property + "\" is not a property of " + model.simpleName(),
                    (Closest.suggestion(property, names) + " Properties: ").trim() + " " + String.join(", ", names)
                            + "; a path into an embedded model joins the names, such as BlogName");
        }
        return String.join("__", path);
    }

    private List<String> resolve(ClassName model, String property, String[] explicit) {
        if (explicit != null) {
            List<String> path = new ArrayList<>();
            ClassName current = model;
            for (String part : explicit) {
                if (current == null) {
                    return null;
                }
                FieldModel field = field(current, part);
                if (field == null) {
                    return null;
                }
                path.add(field.name());
                current = modelOf(field.type());
            }
            return path;
        }
        return resolve(model, property);
    }

    private List<String> resolve(ClassName model, String property) {
        if (property.isEmpty() || model == null) {
            return null;
        }
        for (int end = property.length(); end > 0; end--) {
            if (end < property.length() && !Character.isUpperCase(property.charAt(end))) {
                continue;
            }
            FieldModel field = field(model, property.substring(0, end));
            if (field == null) {
                continue;
            }
            if (end == property.length()) {
                return new ArrayList<>(List.of(field.name()));
            }
            String rest = property.substring(end);
            if (field.type().kind() == ValueKind.MAP) {
                return new ArrayList<>(List.of(field.name(), uncapitalize(rest)));
            }
            List<String> tail = resolve(modelOf(field.type()), rest);
            if (tail != null) {
                tail.add(0, field.name());
                return tail;
            }
        }
        return null;
    }

    private FieldModel field(ClassName model, String capitalized) {
        for (FieldModel field : paths.fields(model)) {
            if (field.name().equalsIgnoreCase(capitalized) && capitalize(field.name()).equals(capitalize(capitalized))) {
                return field;
            }
        }
        return null;
    }

    private static ClassName modelOf(FieldType type) {
        if (type.kind() == ValueKind.EMBEDDED) {
            return type.modelClass();
        }
        if (type.isModelArray()) {
            return type.element().modelClass();
        }
        return type.kind().isReference() ? type.modelClass() : null;
    }

    /** {@code OrderByPubDateDescHeadline}: properties, each with Asc or Desc (ascending when neither). */
    private List<String> order(ClassName model, int at) {
        String text = name.substring(at);
        if (text.isEmpty()) {
            throw problem(at - "OrderBy".length(), "OrderBy".length(), "OrderBy names no property", "Add one, such as OrderByPubDateDesc");
        }
        List<String> keys = new ArrayList<>();
        int position = 0;
        StringBuilder pending = new StringBuilder();
        int pendingAt = at;
        while (position < text.length()) {
            int next = position + 1;
            while (next < text.length() && !Character.isUpperCase(text.charAt(next))) {
                next++;
            }
            String word = text.substring(position, next);
            if ((word.equals("Asc") || word.equals("Desc")) && pending.length() > 0) {
                keys.add((word.equals("Desc") ? "-" : "") + property(model, pending.toString(), pendingAt));
                pending.setLength(0);
                pendingAt = at + next;
            } else {
                if (pending.length() > 0 && resolves(model, pending.toString()) && !resolves(model, pending + word)) {
                    keys.add(property(model, pending.toString(), pendingAt));
                    pending.setLength(0);
                    pendingAt = at + position;
                }
                pending.append(word);
            }
            position = next;
        }
        if (pending.length() > 0) {
            keys.add(property(model, pending.toString(), pendingAt));
        }
        return keys;
    }

    /** The positions of {@code word} in {@code text} where it is a camel-case word between two others. */
    private static List<Integer> splits(String text, String word) {
        List<Integer> at = new ArrayList<>();
        int found = text.indexOf(word, 1);
        while (found >= 0) {
            int after = found + word.length();
            if (after < text.length() && Character.isUpperCase(text.charAt(after))) {
                at.add(found);
                found = text.indexOf(word, after + 1);
            } else {
                found = text.indexOf(word, found + 1);
            }
        }
        return at;
    }

    /** The position of {@code word} in the name from {@code from} as a whole camel-case word, or -1. */
    private static int word(String name, String word, int from) {
        int found = name.indexOf(word, from);
        while (found >= 0) {
            int after = found + word.length();
            if (after == name.length() || Character.isUpperCase(name.charAt(after))) {
                return found;
            }
            found = name.indexOf(word, found + 1);
        }
        return -1;
    }

    private static String capitalize(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    private static String uncapitalize(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }

    private Problem problem(int at, int length, String what, String fix) {
        return new Problem(Diagnostic.DERIVED_NAME, at, length, name, what, fix);
    }
}
