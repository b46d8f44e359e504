package io.djongo.examples.readme.signals;

import java.util.ArrayList;
import java.util.List;

/** What the README's hooks evict, recorded for the test. */
final class Cache {
    static final List<String> EVICTED = new ArrayList<>();

    private Cache() {}

    static void evict(String key) {
        EVICTED.add(key);
    }
}
