package io.djongo.admin.auth;

import io.djongo.annotations.Field;
import io.djongo.annotations.Id;
import io.djongo.annotations.Model;

/**
 * One permission of one model (Django's {@code auth.Permission}): its codename is the model's
 * collection and the action, {@code entry.view}, {@code entry.add}, {@code entry.change},
 * {@code entry.delete}. The admin writes the four of each registered model when it starts.
 */
@Model(collection = "admin_permission", label = "permission", ordering = "codename")
public record Permission(
        @Id @Field(label = "codename") String codename,
        @Field(maxLength = 255) String name,
        String model,
        String action) {

    @Override
    public String toString() {
        return codename + " (" + name + ")";
    }
}
