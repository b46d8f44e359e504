package io.djongo.admin;

import io.djongo.query.QuerySet;

/**
 * An action on the objects selected in a changelist (Django's admin actions). It runs on a POST
 * with a valid CSRF token, by a user with the action's permission; what it returns is shown as a
 * message.
 *
 * <pre>{@code
 * ModelAdmin.of(Entry_.Meta.INSTANCE)
 *         .action("make_five_star", "Rate the selected entries 5", "change",
 *                 selected -> "Rated " + selected.update(Entry_.rating.set(5)) + " entries 5");
 * }</pre>
 */
@FunctionalInterface
public interface AdminAction<T> {
    /** Runs the action on {@code selected}; returns the message for the user. */
    String run(QuerySet<T> selected);
}
