package io.djongo.admin.http;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of a query string or an {@code application/x-www-form-urlencoded} body, in the
 * order sent, each name with all its values. Parsing is strict: a malformed escape, bytes that are
 * not UTF-8, a NUL, or more than {@link #MAX_FIELDS} fields is a 400, never a 500.
 */
public final class Params {
    /** Django's {@code DATA_UPLOAD_MAX_NUMBER_FIELDS}. */
    public static final int MAX_FIELDS = 10_000;

    private static final Params EMPTY = new Params(Map.of());

    private final Map<String, List<String>> values;

    private Params(Map<String, List<String>> values) {
        this.values = values;
    }

    public static Params empty() {
        return EMPTY;
    }

    /** Parses {@code encoded} ({@code a=1&b=x%20y}); {@code null} or empty is no parameters. */
    public static Params parse(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return EMPTY;
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        int fields = 0;
        for (String pair : encoded.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            if (++fields > MAX_FIELDS) {
                throw HttpError.badRequest("the request has more than " + MAX_FIELDS + " fields");
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            values.computeIfAbsent(name, key -> new ArrayList<>(1)).add(value);
        }
        return new Params(values);
    }

    /** A URL path, percent-decoded ({@code +} stays a plus), strictly. */
    public static String decodePath(String raw) {
        return decode(raw.replace("+", "%2B"));
    }

    /** Percent-decoding with {@code +} as space, as browsers encode forms. */
    static String decode(String text) {
        if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
            return checked(text);
        }
        byte[] bytes = new byte[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '+') {
                bytes[n++] = ' ';
            } else if (c == '%') {
                if (i + 2 >= text.length()) {
                    throw HttpError.badRequest("malformed percent-escape in the request");
                }
                int hi = Character.digit(text.charAt(i + 1), 16);
                int lo = Character.digit(text.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw HttpError.badRequest("malformed percent-escape in the request");
                }
                bytes[n++] = (byte) (hi * 16 + lo);
                i += 2;
            } else if (c < 0x80) {
                bytes[n++] = (byte) c;
            } else {
                throw HttpError.badRequest("unescaped non-ASCII character in the request");
            }
        }
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes, 0, n)).toString();
            return checked(decoded);
        } catch (CharacterCodingException e) {
            throw HttpError.badRequest("the request is not valid UTF-8");
        }
    }

    private static String checked(String text) {
        if (text.indexOf('\0') >= 0) {
            throw HttpError.badRequest("the request contains a NUL character");
        }
        return text;
    }

    /** The first value of {@code name}, or {@code null}. */
    public String get(String name) {
        List<String> all = values.get(name);
        return all == null || all.isEmpty() ? null : all.get(0);
    }

    /** The first value of {@code name}, or {@code fallback}. */
    public String get(String name, String fallback) {
        String value = get(name);
        return value == null ? fallback : value;
    }

    /** Every value of {@code name}, in order; empty when absent. */
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The names, in the order first sent. */
    public Set<String> names() {
        return Collections.unmodifiableSet(values.keySet());
    }

    /** These parameters with {@code name} set to {@code value} (or removed when {@code null}), encoded as a query string. */
    public String with(String name, String value) {
        Map<String, List<String>> copy = new LinkedHashMap<>(values);
        if (value == null) {
            copy.remove(name);
        } else {
            copy.put(name, List.of(value));
        }
        return encode(copy);
    }

    /** These parameters without {@code names}, encoded. */
    public String without(String... names) {
        Map<String, List<String>> copy = new LinkedHashMap<>(values);
        for (String name : names) {
            copy.remove(name);
        }
        return encode(copy);
    }

    /** Encodes parameters as a query string starting with {@code ?}, or empty. */
    public static String encode(Map<String, List<String>> parameters) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<String>> entry : parameters.entrySet()) {
            for (String value : entry.getValue()) {
                out.append(out.length() == 0 ? '?' : '&').append(encodeComponent(entry.getKey())).append('=')
                        .append(encodeComponent(value));
            }
        }
        return out.toString();
    }

    public static String encodeComponent(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The parameters as a map, for building links. */
    public Map<String, List<String>> asMap() {
        return Collections.unmodifiableMap(values);
    }
}
