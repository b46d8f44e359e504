package io.djongo.signals;

import io.djongo.meta.ModelMeta;
import java.util.Objects;

/**
 * What {@code preSave} and {@code postSave} receivers get (Django's {@code pre_save} and
 * {@code post_save} arguments).
 *
 * @param sender the metadata of the saved object's model (Django's {@code sender})
 * @param instance the object being saved: for {@code postSave}, as it was written, with its id,
 *     version and timestamps (a copy of the one passed to {@code save()} for records and
 *     immutable classes)
 * @param created for {@code postSave}, whether the save inserted a new document (Django's
 *     {@code created}); for {@code preSave}, whether it is about to, because the object has no id
 *     yet or is saved by {@code create()}
 * @param using the alias of the connection written to (Django's {@code using})
 * @param <T> the model
 */
public record SaveEvent<T>(ModelMeta<T> sender, T instance, boolean created, String using) {
    public SaveEvent {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(using, "using");
    }
}
