package io.djongo.admin.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Django's default password hasher, {@code PBKDF2PasswordHasher}: PBKDF2 with HMAC-SHA256, stored
 * as {@code pbkdf2_sha256$<iterations>$<salt>$<base64 hash>}, so hashes move between Django and
 * this admin in both directions. Checking reads the iterations from the hash; comparing is in
 * constant time.
 */
public final class PasswordHasher {
    /** The algorithm name in the stored hash. */
    public static final String ALGORITHM = "pbkdf2_sha256";
    /** The iterations of new hashes: OWASP's recommendation for PBKDF2-HMAC-SHA256, as Django 4.2. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /** Longer passwords are refused, so a login cannot make the server hash megabytes. */
    public static final int MAX_PASSWORD_LENGTH = 4096;
    /** Hashes that ask for more work than this are treated as unusable. */
    private static final int MAX_ITERATIONS = 10_000_000;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SALT_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final int iterations;

    private PasswordHasher(int iterations) {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be between 1 and " + MAX_ITERATIONS);
        }
        this.iterations = iterations;
    }

    /** The hasher of new passwords, with {@link #DEFAULT_ITERATIONS}. */
    public static PasswordHasher standard() {
        return new PasswordHasher(DEFAULT_ITERATIONS);
    }

    /** A hasher with another work factor (tests use few iterations; production, more). */
    public static PasswordHasher withIterations(int iterations) {
        return new PasswordHasher(iterations);
    }

    /** The stored form of {@code password}, with a new random salt. */
    public String hash(String password) {
        checkLength(password);
        return encode(password, salt(), iterations);
    }

    /** {@code password} hashed with a given salt and work: Django's {@code encode}. */
    public static String encode(String password, String salt, int iterations) {
        if (salt.indexOf('$') >= 0) {
            throw new IllegalArgumentException("the salt may not contain '$'");
        }
        return ALGORITHM + "$" + iterations + "$" + salt + "$"
                + Base64.getEncoder().encodeToString(pbkdf2(password, salt, iterations));
    }

    /**
     * Whether {@code password} matches {@code stored}. An unusable or malformed hash, or one of
     * another algorithm, matches nothing.
     */
    public static boolean check(String password, String stored) {
        if (password == null || stored == null || password.length() > MAX_PASSWORD_LENGTH) {
            return false;
        }
        String[] parts = stored.split("\\$", -1);
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return false;
        }
        int iterations;
        byte[] expected;
        try {
            iterations = Integer.parseInt(parts[1]);
            expected = Base64.getDecoder().decode(parts[3]);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (iterations < 1 || iterations > MAX_ITERATIONS || expected.length != 32) {
            return false;
        }
        return MessageDigest.isEqual(expected, pbkdf2(password, parts[2], iterations));
    }

    /** A hash that no password matches (Django's {@code make_password(None)}), for accounts without a password. */
    public static String unusable() {
        return "!" + salt() + salt();
    }

    private static byte[] pbkdf2(String password, String salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt.getBytes(StandardCharsets.UTF_8), iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static void checkLength(String password) {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("the password is empty");
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("the password is longer than " + MAX_PASSWORD_LENGTH + " characters");
        }
    }

    /** 22 random letters and digits, as Django's salts (about 131 bits). */
    private static String salt() {
        StringBuilder salt = new StringBuilder(22);
        for (int i = 0; i < 22; i++) {
            salt.append(SALT_CHARS.charAt(RANDOM.nextInt(SALT_CHARS.length())));
        }
        return salt.toString();
    }
}
