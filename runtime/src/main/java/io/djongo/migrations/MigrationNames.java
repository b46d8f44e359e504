package io.djongo.migrations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of migration classes: {@code V0002_AddPubDateIndex}, a number that orders them for the
 * reader, then a name made from the operations (Django's {@code 0002_entry_pub_date}) or given
 * with {@code makemigrations --name}.
 */
public final class MigrationNames {
    /** {@code V} and the number, {@code _} and the name. */
    public static final Pattern PATTERN = Pattern.compile("V(\\d+)_([A-Za-z0-9_]+)");

    /** Longest name made by joining the names of several operations. */
    static final int MAX_JOINED = 60;

    private MigrationNames() {}

    /** The number of a migration named like {@code V0002_X}, or {@code -1}. */
    public static int number(String simpleName) {
        Matcher matcher = PATTERN.matcher(simpleName);
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    /** {@code V0002_Name}. */
    public static String of(int number, String name) {
        return String.format(Locale.ROOT, "V%04d_%s", number, name);
    }

    /**
     * The name of a migration made of {@code operations}: {@code Initial} for an app's first
     * migration that only creates, the operation's own name for one operation, the names of up to
     * three joined by {@code And} when short enough, and otherwise the first one's and
     * {@code AndMore}; {@code Auto} when no operation has a name.
     */
    public static String fromOperations(List<Operation> operations, boolean first) {
        if (first && !operations.isEmpty() && operations.stream().allMatch(op -> op.nameFragment() != null
                && (op.nameFragment().startsWith("Create") || op.nameFragment().startsWith("Add")
                        && op.nameFragment().endsWith("Index")))) {
            return "Initial";
        }
        List<String> fragments = new ArrayList<>();
        for (Operation operation : operations) {
            String fragment = operation.nameFragment();
            if (fragment != null && !fragments.contains(fragment)) {
                fragments.add(fragment);
            }
        }
        if (fragments.isEmpty()) {
            return "Auto";
        }
        if (fragments.size() <= 3) {
            String joined = String.join("And", fragments);
            if (joined.length() <= MAX_JOINED) {
                return joined;
            }
        }
        return fragments.get(0) + "AndMore";
    }

    /**
     * A CamelCase name from keys and words: {@code pub_date} → {@code PubDate}, {@code blog.name}
     * → {@code BlogName}, {@code _id} → {@code Id}; digits are kept, other characters separate words.
     */
    public static String camel(String text) {
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 128) {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        return out.toString();
    }

    /** Checks a name given with {@code --name}: a Java identifier part after {@code V0002_}. */
    public static String checkName(String name) {
        if (name == null || !name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("\"" + name + "\" cannot be part of a class name: use letters, digits and _"
                    + " only, as in AddPubDateIndex");
        }
        return name;
    }
}
