package io.djongo.admin.auth;

import io.djongo.annotations.Field;
import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.types.ObjectId;

/**
 * Someone who may log in to the admin (Django's {@code auth.User}): the password is stored only as
 * a PBKDF2-SHA256 hash in Django's format; permissions are codenames such as {@code entry.change},
 * given directly or through groups; a superuser has every permission.
 */
@Model(collection = "admin_user", label = "user", ordering = "username")
public class User extends User_ {
    @Id
    ObjectId id;
    @Field(maxLength = 150, unique = true, nullable = false, blank = false,
            helpText = "Letters, digits and @/./+/-/_ only.")
    String username;
    @Field(maxLength = 256, editable = false)
    String password;
    @Field(maxLength = 254)
    String email;
    @Field(label = "active", helpText = "Whether this user may log in. Unselect this instead of deleting accounts.")
    boolean isActive = true;
    @Field(label = "staff status", helpText = "Whether this user may log in to the admin site.")
    boolean isStaff;
    @Field(label = "superuser status", helpText = "Whether this user has every permission without assigning them.")
    boolean isSuperuser;
    @Field(helpText = "The names of the groups this user belongs to.")
    List<String> groups = new ArrayList<>();
    @Field(label = "user permissions", helpText = "Codenames such as entry.change.")
    List<String> permissions = new ArrayList<>();
    @Field(editable = false)
    Instant lastLogin;
    @Field(autoNowAdd = true)
    Instant dateJoined;

    public User() {}

    public User(String username, String passwordHash, String email) {
        this.username = username;
        this.password = passwordHash;
        this.email = email;
    }

    public ObjectId id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return password;
    }

    public void passwordHash(String hash) {
        this.password = hash;
    }

    public boolean isActive() {
        return isActive;
    }

    public boolean isStaff() {
        return isStaff;
    }

    public boolean isSuperuser() {
        return isSuperuser;
    }

    public User staff(boolean staff) {
        this.isStaff = staff;
        return this;
    }

    public User superuser(boolean superuser) {
        this.isSuperuser = superuser;
        return this;
    }

    public User active(boolean active) {
        this.isActive = active;
        return this;
    }

    public List<String> groups() {
        return groups;
    }

    public List<String> permissions() {
        return permissions;
    }

    public User permissions(List<String> codenames) {
        this.permissions = new ArrayList<>(codenames);
        return this;
    }

    public User groups(List<String> names) {
        this.groups = new ArrayList<>(names);
        return this;
    }

    void lastLogin(Instant when) {
        this.lastLogin = when;
    }

    @Override
    public String toString() {
        return username;
    }
}
