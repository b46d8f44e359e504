package io.djongo.processor.analysis.queries;

import java.util.List;
import java.util.Locale;

/** "Did you mean": the choice closest to a misspelt name, as the runtime suggests for lookup strings. */
final class Closest {
    private Closest() {}

    /** The choice closest to {@code name} by edit distance, when close enough to be a typo; otherwise {@code null}. */
    static String to(String name, List<String> choices) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String choice : choices) {
            int distance = distance(name.toLowerCase(Locale.ROOT), choice.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = choice;
                bestDistance = distance;
            }
        }
        return best != null && bestDistance <= Math.max(1, name.length() / 3) ? best : null;
    }

    /** " Did you mean \"x\"?", a sentence to follow another, or nothing. */
    static String suggestion(String name, List<String> choices) {
        String closest = to(name, choices);
        return closest == null ? "" : " Did you mean \"" + closest + "\"?";
    }

    /** Edit distance counting a swap of two neighbouring letters as one edit ("veiws" → "views"). */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
