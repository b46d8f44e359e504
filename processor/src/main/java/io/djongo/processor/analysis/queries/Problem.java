package io.djongo.processor.analysis.queries;

/**
 * A mistake found in the text of a query annotation (or a method name), at {@code at} (a character offset, or -1
 * when it concerns the whole text) for {@code length} characters: thrown by the parsers and the
 * compilers of lookups, caught by the method analysis, which reports it with the text and a caret
 * under the place.
 */
final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient io.djongo.processor.analysis.Diagnostic diagnostic;
    private final transient Object[] args;
    private final int at;
    private final int length;

    Problem(io.djongo.processor.analysis.Diagnostic diagnostic, int at, int length, Object... args) {
        super(diagnostic.name(), null, false, false);
        this.diagnostic = diagnostic;
        this.args = args;
        this.at = at;
        this.length = Math.max(1, length);
    }

    io.djongo.processor.analysis.Diagnostic diagnostic() {
        return diagnostic;
    }

    /** The message arguments, then the text with a caret under the place, which every positional message ends with. */
    Object[] args(String text) {
        Object[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = pointer(text, at, length);
        return all;
    }

    int at() {
        return at;
    }

    int length() {
        return length;
    }

    /**
     * {@code text} on one line and a caret line under the place: what the message ends with.
     * Long texts are cut around the place.
     */
    static String pointer(String text, int at, int length) {
        if (at < 0 || at > text.length()) {
            return "";
        }
        text = text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        int start = 0;
        int end = text.length();
        if (end > 100) {
            start = Math.max(0, at - 40);
            end = Math.min(text.length(), Math.max(at + length + 40, start + 100));
        }
        String shown = (start > 0 ? "..." : "") + text.substring(start, end) + (end < text.length() ? "..." : "");
        int column = at - start + (start > 0 ? 3 : 0);
        int marks = Math.max(1, Math.min(length, text.length() - at));
        return "\n    " + shown + "\n    " + " ".repeat(Math.max(0, column)) + "^".repeat(marks);
    }
}
