package io.djongo.benchmarks.startup;

import io.djongo.Djongo;
import io.djongo.benchmarks.model.Entry_;

/** Start-up contender: Djongo, connect and run the first QuerySet. */
public final class StartDjongo {
    private StartDjongo() {}

    public static void main(String[] args) {
        try (Djongo connection = Djongo.connect("startup", args[0])) {
            StartupResult.report(Entry_.objects().using(connection.alias())
                    .filter(Entry_.rating.gte(StartupResult.MIN_RATING))
                    .limit(StartupResult.LIMIT)
                    .list());
        }
    }
}
