package io.djongo.admin.auth;

import io.djongo.annotations.Field;
import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import java.util.ArrayList;
import java.util.List;
import org.bson.types.ObjectId;

/** A named set of permissions that users belong to (Django's {@code auth.Group}). */
@Model(collection = "admin_group", label = "group", ordering = "name")
public class Group extends Group_ {
    @Id
    ObjectId id;
    @Field(maxLength = 150, unique = true, nullable = false, blank = false)
    String name;
    @Field(helpText = "Codenames such as entry.change.")
    List<String> permissions = new ArrayList<>();

    public Group() {}

    public Group(String name, List<String> permissions) {
        this.name = name;
        this.permissions = new ArrayList<>(permissions);
    }

    public String name() {
        return name;
    }

    public List<String> permissions() {
        return permissions;
    }

    @Override
    public String toString() {
        return name;
    }
}
