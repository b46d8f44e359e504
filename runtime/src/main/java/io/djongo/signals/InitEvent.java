package io.djongo.signals;

import io.djongo.meta.ModelMeta;
import java.util.Objects;

/**
 * What {@code postInit} receivers get (Django's {@code post_init}): an object the runtime built
 * from a stored document.
 *
 * @param sender the metadata of the object's model
 * @param instance the object, with every field read
 * @param <T> the model
 */
public record InitEvent<T>(ModelMeta<T> sender, T instance) {
    public InitEvent {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(instance, "instance");
    }
}
