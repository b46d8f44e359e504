package io.djongo.admin.forms;

import io.djongo.admin.http.HttpError;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs values that a page hands to the browser and gets back (the document a form was made from,
 * the position of a "next page" link), with HMAC-SHA256 under the site's secret, as Django's
 * {@code signing}: what comes back altered or from another purpose is refused with a 400.
 */
public final class Signer {
    private final byte[] secret;

    public Signer(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("the secret has at least 32 bytes");
        }
        this.secret = secret.clone();
    }

    /** {@code value} with its signature for {@code purpose}, as URL-safe text. */
    public String sign(String purpose, String value) {
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(value.getBytes(StandardCharsets.UTF_8));
        return payload + "." + mac(purpose, payload);
    }

    /**
     * The value of {@code signed} if it was signed here for {@code purpose}.
     *
     * @throws HttpError 400 when it was not
     */
    public String unsign(String purpose, String signed) {
        int dot = signed == null ? -1 : signed.lastIndexOf('.');
        if (dot <= 0) {
            throw HttpError.badRequest("the form's signed data is missing or malformed; reload the page");
        }
        String payload = signed.substring(0, dot);
        String signature = signed.substring(dot + 1);
        if (!MessageDigest.isEqual(mac(purpose, payload).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII))) {
            throw HttpError.badRequest("the form's signed data was altered; reload the page");
        }
        try {
            return new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest("the form's signed data is malformed; reload the page");
        }
    }

    private String mac(String purpose, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(payload.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no HmacSHA256", e);
        }
    }
}
