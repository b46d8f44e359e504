package io.djongo.admin.forms;

import java.util.regex.Pattern;

/**
 * The names of form inputs: the BSON path of the value with each list or map element named by its
 * row token ({@code blog.name}, {@code authors.i0.email}, {@code tags.n3}), plus markers after a
 * {@code __}: {@code K.__present} (the fieldset or rows of K are on the form), {@code K.__row}
 * (one per row, in order), {@code K.__delete} (remove), {@code K.__key} (a map entry's key).
 */
final class FormKeys {
    /** A row token: {@code i<n>} for the n-th stored element, {@code n...} for a row added on the form. */
    static final Pattern TOKEN = Pattern.compile("[in][0-9a-z]{1,24}");
    static final String PRESENT = "__present";
    static final String ROW = "__row";
    static final String DELETE = "__delete";
    static final String KEY = "__key";
    /** The submit button that changes rows without saving (the form without JavaScript). */
    static final String ROW_OP = "_rowop";

    private FormKeys() {}

    static String child(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    /** The stored element a token {@code i<n>} names, or -1 for a new row. */
    static int storedIndex(String token) {
        if (token.charAt(0) != 'i') {
            return -1;
        }
        try {
            return Integer.parseInt(token.substring(1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** An element id for {@code key}: the key with characters outside [A-Za-z0-9_-] replaced. */
    static String id(String key) {
        StringBuilder id = new StringBuilder("id_");
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            id.append(Character.isLetterOrDigit(c) && c < 128 || c == '_' || c == '-' ? c : '-');
        }
        return id.toString();
    }
}
