package io.djongo.signals;

/**
 * Methods a model implements to act on its own saves and deletions, called where the signals are
 * sent: {@code beforeSave()} before the {@code preSave} receivers (so it may still change a mutable
 * object, which is then validated and written), {@code afterSave(created)} after the
 * {@code postSave} receivers, and likewise around {@code preDelete} and {@code postDelete}, for
 * every deleted object: a {@code QuerySet.delete()} and the cascade of a deletion call them too,
 * as they send the delete signals. {@code update()}, {@code bulkCreate()} and {@code bulkUpdate()}
 * call none, as they send no save signals.
 *
 * <pre>{@code
 * @Model
 * public class Entry extends Entry_ implements Hooks {
 *     ...
 *     @Override
 *     public void beforeSave() {
 *         slug = Slugs.of(headline);
 *     }
 * }
 * }</pre>
 *
 * <p>An exception from {@code beforeSave()} or {@code beforeDelete()} stops the write; one from
 * an {@code after} method leaves after the write. For records and immutable classes the
 * {@code after} methods run on the object as it was written.
 */
public interface Hooks {
    /** Called before the object is validated and saved. */
    default void beforeSave() {}

    /**
     * Called after the object was saved.
     *
     * @param created whether the save inserted a new document
     */
    default void afterSave(boolean created) {}

    /** Called before the object, or the deletion that includes it, is deleted. */
    default void beforeDelete() {}

    /** Called after the object was deleted. */
    default void afterDelete() {}
}
