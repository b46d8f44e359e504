package io.djongo.processor.analysis.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The lookup syntax reads as Django's {@code Q} objects combine: {@code ,} and {@code &} are and,
 * {@code |} is or and binds looser, {@code ~} is not, parentheses group; values are parameters,
 * literals, lists and {@code F()} arithmetic.
 */
class LookupSyntaxTest {

    private static String read(String text) {
        return Expr.text(LookupSyntax.parse(text, "@Filter"));
    }

    @Test
    void andBindsTighterThanOrAsInPython() {
        assertEquals("a = 1, b = 2 | c = 3", read("a=1, b=2 | c=3"));
        assertEquals("a = 1, (b = 2 | c = 3)", read("a = 1 & (b = 2 | c = 3)"));
        assertEquals("~(a = 1), ~(b = 2 | c = 3)", read("~a = 1, ~(b = 2 | c = 3)"));
    }

    @Test
    void valuesAreParametersLiteralsListsAndExpressions() {
        assertEquals("a = :min, b = 'it\\'s', c = -2.5, d = true, e = null, f = [1, :x, 'y']",
                read("a = :min, b = \"it's\", c = -2.5, d = True, e = None, f = [1, :x, 'y']"));
        Expr.Condition condition = (Expr.Condition) LookupSyntax.parse("rating__gt = F(views) * 2 + F(blog__score)", "@Filter");
        Expr.Arithmetic sum = ((Expr.FValue) condition.value()).expression();
        assertEquals('+', ((Expr.Binary) sum).op());
        assertEquals('*', ((Expr.Binary) ((Expr.Binary) sum).left()).op(), "* binds tighter than +");
        assertEquals("blog__score", ((Expr.Field) ((Expr.Binary) sum).right()).path());
    }

    @Test
    void positionsPointIntoTheText() {
        Expr.And and = (Expr.And) LookupSyntax.parse("rating__gte = :min,  tags__contains = :tag", "@Filter");
        Expr.Condition second = (Expr.Condition) and.items().get(1);
        assertEquals(21, second.at());
        assertEquals(38, second.value().at());
    }

    @Test
    void mistakesAreProblemsAtTheirPlace() {
        Problem empty = assertThrows(Problem.class, () -> LookupSyntax.parse("   ", "@Filter"));
        assertEquals(0, empty.at());
        Problem doubled = assertThrows(Problem.class, () -> LookupSyntax.parse("a == 1", "@Filter"));
        assertEquals(3, doubled.at());
        Problem bare = assertThrows(Problem.class, () -> LookupSyntax.parse("a = draft", "@Filter"));
        assertEquals("QUERY_SYNTAX", bare.diagnostic().name());
        Problem arithmetic = assertThrows(Problem.class, () -> LookupSyntax.parse("a = 2 * F(b)", "@Filter"));
        assertEquals(6, arithmetic.at());
    }
}
