package io.djongo.admin.auth;

import io.djongo.query.Manager;
import io.djongo.query.QuerySet;
import io.djongo.validation.ValidationError;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Users, groups and permissions on one connection (Django's {@code django.contrib.auth}):
 * authenticating, creating superusers and answering "may this user do that".
 */
public final class Accounts {
    /** Django's {@code UnicodeUsernameValidator}: letters, digits and @/./+/-/_. */
    private static final Pattern USERNAME = Pattern.compile("[\\w.@+-]+", Pattern.UNICODE_CHARACTER_CLASS);

    private final String alias;
    private final PasswordHasher hasher;

    /** The accounts on connection {@code alias} ({@code null}: the default connection). */
    public Accounts(String alias, PasswordHasher hasher) {
        this.alias = alias;
        this.hasher = hasher;
    }

    public QuerySet<User> users() {
        Manager<User> users = User_.objects();
        return alias == null ? users : users.using(alias);
    }

    public QuerySet<Group> groups() {
        Manager<Group> groups = Group_.objects();
        return alias == null ? groups : groups.using(alias);
    }

    public QuerySet<Permission> permissionObjects() {
        Manager<Permission> permissions = Permission_.objects();
        return alias == null ? permissions : permissions.using(alias);
    }

    private Manager<User> userManager() {
        return alias == null ? User_.objects() : User_.objects().using(alias);
    }

    /**
     * The active staff user with this name and password, as Django's admin login requires; empty
     * for a wrong password, an unknown name, or a user who is inactive or not staff. The password
     * is hashed even for an unknown name, so the answer takes as long either way.
     */
    public Optional<User> authenticate(String username, String password) {
        if (username == null || password == null || username.length() > 150
                || password.length() > PasswordHasher.MAX_PASSWORD_LENGTH) {
            return Optional.empty();
        }
        Optional<User> found = users().filter(User_.username.eq(username)).first();
        if (found.isEmpty()) {
            hasher.hash(password.isEmpty() ? "-" : password); // the same work as a check
            return Optional.empty();
        }
        User user = found.get();
        if (!PasswordHasher.check(password, user.passwordHash()) || !user.isActive() || !user.isStaff()) {
            return Optional.empty();
        }
        users().filter(User_.id.eq(user.id())).update(User_.lastLogin.set(Instant.now()));
        return Optional.of(user);
    }

    /** The user with this id if it may still use the admin (active staff); empty otherwise. */
    public Optional<User> activeStaff(org.bson.types.ObjectId id) {
        return users().filter(User_.id.eq(id)).first().filter(user -> user.isActive() && user.isStaff());
    }

    /**
     * Creates a superuser (Django's {@code createsuperuser}): active, staff, every permission.
     *
     * @throws ValidationError when the name is empty, has other characters than letters, digits
     *     and @/./+/-/_, or is taken, or the password is empty
     */
    public User createSuperuser(String username, String email, String password) {
        if (username == null || username.isEmpty() || !USERNAME.matcher(username).matches()) {
            throw new ValidationError("username", "Enter a valid username: letters, digits and @/./+/-/_ only.");
        }
        if (password == null || password.isEmpty()) {
            throw new ValidationError("password", "The password may not be empty.");
        }
        if (users().filter(User_.username.eq(username)).exists()) {
            throw new ValidationError("username", "A user with that username already exists.", "unique");
        }
        User user = new User(username, hasher.hash(password), email == null || email.isEmpty() ? null : email)
                .staff(true).superuser(true).active(true);
        return userManager().create(user);
    }

    /** Sets a user's password (Django's {@code set_password} followed by {@code save}). */
    public void setPassword(User user, String password) {
        users().filter(User_.id.eq(user.id())).update(User_.password.set(hasher.hash(password)));
    }

    /** Every permission codename of {@code user}: its own and its groups'. */
    public Set<String> permissions(User user) {
        Set<String> all = new LinkedHashSet<>(user.permissions());
        if (!user.groups().isEmpty()) {
            for (Group group : groups().filter(Group_.name.in(List.copyOf(user.groups()))).list()) {
                all.addAll(group.permissions());
            }
        }
        return all;
    }

    /** Whether {@code user} may do {@code action} ({@code view}, {@code add}, {@code change}, {@code delete}) on the model stored in {@code collection}. */
    public static boolean allows(User user, Set<String> permissions, String collection, String action) {
        if (!user.isActive()) {
            return false;
        }
        if (user.isSuperuser()) {
            return true;
        }
        if (permissions.contains(collection + "." + action)) {
            return true;
        }
        // Django: the change permission includes viewing
        return "view".equals(action) && permissions.contains(collection + ".change");
    }

    /** Writes the four permissions of the model stored in {@code collection}, named with {@code label}. */
    public void ensurePermissions(String collection, String label) {
        Manager<Permission> manager = alias == null ? Permission_.objects() : Permission_.objects().using(alias);
        for (String action : List.of("view", "add", "change", "delete")) {
            String codename = collection + "." + action;
            manager.updateOrCreate(Permission_.codename.eq(codename), existing -> existing,
                    () -> new Permission(codename, "Can " + action + " " + label, collection, action));
        }
    }
}
