package org.vigil.screening.security;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals secrets that Vigil must read back (webhook signing secrets) before they go into the database: AES-256-GCM
 * under a key kept outside it, so that a copy of the database alone does not give them away. The key comes from
 * {@code VIGIL_SECRET_KEY} (32 bytes, base64) or a key file that is created, readable by its owner only, on first
 * use. Every instance on one database needs the same key. A value stored before sealing existed (no
 * {@value #PREFIX} prefix) is read as it is.
 */
public final class SecretBox {
    /** Marks a sealed value: version 1, AES-256-GCM, 96-bit nonce, 128-bit tag. */
    public static final String PREFIX = "aesgcm1:";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final byte[] context;

    private SecretBox(byte[] key, String context) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("secret key: must be " + KEY_BYTES + " bytes, was " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
        this.context = context.getBytes(StandardCharsets.UTF_8);
    }

    /** A box with a new random key that lives as long as this object (tests, benchmarks). */
    public static SecretBox random() {
        byte[] k = new byte[KEY_BYTES];
        RANDOM.nextBytes(k);
        return new SecretBox(k, "vigil");
    }

    /**
     * The key from {@code envValue} (base64) if given, else from {@code keyFile}, which is created (owner read/write
     * only) with a new random key if it does not exist.
     *
     * @throws IllegalArgumentException naming the variable or file when the key there cannot be used
     */
    public static SecretBox load(String envValue, Path keyFile) throws IOException {
        if (envValue != null && !envValue.isBlank()) {
            return new SecretBox(decodeKey(envValue, "VIGIL_SECRET_KEY"), "vigil");
        }
        Objects.requireNonNull(keyFile, "keyFile");
        if (!Files.exists(keyFile)) {
            byte[] k = new byte[KEY_BYTES];
            RANDOM.nextBytes(k);
            Files.createDirectories(keyFile.toAbsolutePath().getParent());
            try {
                if (Files.getFileStore(keyFile.toAbsolutePath().getParent()).supportsFileAttributeView("posix")) {
                    Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------")));
                } else {
                    Files.createFile(keyFile);
                }
                Files.writeString(keyFile, Base64.getEncoder().encodeToString(k) + "\n", StandardCharsets.US_ASCII);
            } catch (FileAlreadyExistsException raced) {
                // another process created it first: use theirs
            }
        }
        return new SecretBox(decodeKey(Files.readString(keyFile, StandardCharsets.US_ASCII), keyFile.toString()),
                "vigil");
    }

    private static byte[] decodeKey(String text, String where) {
        try {
            byte[] k = Base64.getDecoder().decode(text.strip());
            if (k.length != KEY_BYTES) {
                throw new IllegalArgumentException(where + ": the secret key must be " + KEY_BYTES
                        + " bytes in base64 (e.g. `openssl rand -base64 32`), was " + k.length + " bytes");
            }
            return k;
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(where)) {
                throw e;
            }
            throw new IllegalArgumentException(where + ": the secret key is not base64 (e.g. `openssl rand -base64 "
                    + "32`)");
        }
    }

    /** {@code plain}, sealed: {@value #PREFIX} and base64 of nonce and ciphertext. */
    public String seal(String plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(context);
            byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * The secret in {@code stored}: unsealed, or as it is if it was stored before sealing existed.
     *
     * @throws IllegalStateException when it was sealed under another key (this instance's key differs)
     */
    public String open(String stored) {
        if (!stored.startsWith(PREFIX)) {
            return stored;
        }
        byte[] all;
        try {
            all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("a sealed secret is damaged (not base64)");
        }
        if (all.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("a sealed secret is damaged (too short)");
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            c.updateAAD(context);
            return new String(c.doFinal(Arrays.copyOfRange(all, NONCE_BYTES, all.length)), StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalStateException("a sealed secret cannot be opened with this instance's key: every "
                    + "instance on one database needs the same VIGIL_SECRET_KEY (or secret.key file)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }
}
