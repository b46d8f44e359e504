package io.djongo.processor.analysis;

import java.util.Locale;

/** Naming rules shared by the analysis: collection names, accessor names. */
public final class Names {
    private Names() {}

    /**
     * The default collection name: the class name in snake_case, with acronyms kept together
     * ({@code BlogPost} → {@code blog_post}, {@code HTTPRequest} → {@code http_request}).
     */
    public static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean previousIsLowerOrDigit = i > 0
                        && (Character.isLowerCase(name.charAt(i - 1)) || Character.isDigit(name.charAt(i - 1)));
                boolean acronymEnds = i > 0 && Character.isUpperCase(name.charAt(i - 1))
                        && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if ((previousIsLowerOrDigit || acronymEnds) && out.length() > 0 && out.charAt(out.length() - 1) != '_') {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code name} with its first letter in upper case, as JavaBeans accessors spell it. */
    public static String capitalize(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    /** Why {@code key} cannot be a document key, or {@code null} when it can. */
    public static String invalidKeyReason(String key) {
        if (key.isEmpty()) {
            return "it is empty";
        }
        if (key.startsWith("$")) {
            return "it starts with '$', which MongoDB reads as an operator";
        }
        if (key.indexOf('.') >= 0) {
            return "it contains '.', which MongoDB reads as a path into a sub-document";
        }
        if (key.indexOf('\0') >= 0) {
            return "it contains a NUL character";
        }
        return null;
    }

    /** Why {@code name} cannot be a collection name, or {@code null} when it can. */
    public static String invalidCollectionReason(String name) {
        if (name.isEmpty()) {
            return "it is empty";
        }
        if (name.indexOf('$') >= 0) {
            return "it contains '$'";
        }
        if (name.indexOf('\0') >= 0) {
            return "it contains a NUL character";
        }
        if (name.startsWith("system.")) {
            return "names starting with 'system.' are reserved by MongoDB";
        }
        return null;
    }
}
