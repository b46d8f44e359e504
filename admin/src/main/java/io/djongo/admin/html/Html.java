package io.djongo.admin.html;

import java.util.regex.Pattern;

/**
 * A piece of HTML built with every value escaped: the admin's pages are written with this instead
 * of a template engine. Text and attribute values are always escaped ({@code <script>} stored in a
 * document shows as text); tag and attribute names must be plain lower-case names, which code
 * supplies, never data. There is no way to add unescaped text except another {@code Html}.
 *
 * <pre>{@code
 * Html.of().open("td", "class", "field").text(value).close("td")
 * }</pre>
 */
public final class Html {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    private final StringBuilder out = new StringBuilder(256);

    private Html() {}

    /** An empty piece. */
    public static Html of() {
        return new Html();
    }

    /** Escaped text. */
    public static Html text(Object value) {
        return of().t(value);
    }

    /** Appends {@code value} as text, escaped; {@code null} is nothing. */
    public Html t(Object value) {
        if (value != null) {
            escape(String.valueOf(value), out);
        }
        return this;
    }

    /** Opens {@code tag} with attributes given as name, value pairs; a {@code null} value leaves the attribute out. */
    public Html open(String tag, String... attributes) {
        out.append('<').append(name(tag));
        attributes(attributes);
        out.append('>');
        return this;
    }

    /** A void element ({@code input}, {@code br}, {@code meta}, ...). */
    public Html empty(String tag, String... attributes) {
        return open(tag, attributes);
    }

    public Html close(String tag) {
        out.append("</").append(name(tag)).append('>');
        return this;
    }

    /** {@code <tag attributes>text</tag>}. */
    public Html el(String tag, Object text, String... attributes) {
        return open(tag, attributes).t(text).close(tag);
    }

    /** {@code <tag attributes>content</tag>}. */
    public Html el(String tag, Html content, String... attributes) {
        return open(tag, attributes).add(content).close(tag);
    }

    /** Appends another piece, already safe. */
    public Html add(Html other) {
        if (other != null) {
            out.append(other.out);
        }
        return this;
    }

    public boolean isEmpty() {
        return out.length() == 0;
    }

    private void attributes(String[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            String value = attributes[i + 1];
            if (value == null) {
                continue;
            }
            out.append(' ').append(name(attributes[i]));
            out.append("=\"");
            escape(value, out);
            out.append('"');
        }
    }

    private static String name(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an HTML name: " + name);
        }
        return name;
    }

    /** Escapes the five characters that matter in text and quoted attributes, and drops NUL. */
    static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                case '\0' -> out.append('\uFFFD');
                default -> out.append(c);
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
