package io.djongo.migrations;

import io.djongo.schema.Schema;

/**
 * One step of a migration (Django's migration operations): a small value that knows how it
 * changes the schema state ({@link #stateForwards}), what it does to the database, and how to
 * say it. Keeping "what changes" apart from "how it is applied" is what makes the plan, the
 * autodetector and reversal possible without touching the database.
 */
public interface Operation {
    /** What the operation does, in words: {@code Create index pub_date_-1 on entry}. */
    String describe();

    /** The schema after this operation, given the schema before; never touches the database. */
    Schema stateForwards(Schema before);
}
