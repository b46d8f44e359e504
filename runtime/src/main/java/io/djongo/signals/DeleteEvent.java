package io.djongo.signals;

import io.djongo.meta.ModelMeta;
import java.util.Objects;

/**
 * What {@code preDelete} and {@code postDelete} receivers get (Django's {@code pre_delete} and
 * {@code post_delete} arguments), once per deleted object, cascaded ones included.
 *
 * @param sender the metadata of the deleted object's model
 * @param instance the deleted object, as loaded before the deletion (the object itself when it was
 *     deleted with {@code delete()} or the manager's {@code delete(instance)})
 * @param using the alias of the connection deleted from
 * @param origin where the deletion started (Django's {@code origin}): the instance whose
 *     {@code delete()} was called, or the {@code QuerySet} whose {@code delete()} was
 * @param <T> the model
 */
public record DeleteEvent<T>(ModelMeta<T> sender, T instance, String using, Object origin) {
    public DeleteEvent {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(using, "using");
    }
}
