package org.measuresqa.bots.wecom;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * WeCom's callback cryptography (WXBizMsgCrypt), with the JDK alone.
 * <ul>
 * <li>Signature: lowercase hex SHA-1 of the ascending-sorted concatenation of token, timestamp, nonce and the
 * encrypted text; compared in constant time.</li>
 * <li>Encryption: AES-256-CBC, key = Base64(EncodingAESKey + "="), IV = the key's first 16 bytes, PKCS#7 padding to
 * <b>32</b>-byte blocks (which the JDK's PKCS5Padding rejects, so padding is done here over NoPadding). Plaintext =
 * 16 random bytes + message length (4 bytes, big-endian) + message (UTF-8) + receive id (the CorpID), which must be
 * ours.</li>
 * </ul>
 * Thread-safe.
 */
public final class WeComCrypto {

    private static final int BLOCK = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String token;
    private final byte[] key;
    private final String receiveId;

    public WeComCrypto(String token, String encodingAesKey, String receiveId) {
        this.token = Objects.requireNonNull(token, "token");
        this.key = aesKey(encodingAesKey);
        this.receiveId = Objects.requireNonNull(receiveId, "receiveId");
    }

    public WeComCrypto(WeComSettings settings) {
        this(settings.token(), settings.encodingAesKey(), settings.corpId());
    }

    /** The 32-byte AES key an EncodingAESKey stands for (WeCom's keys are non-canonical Base64: decoded leniently). */
    static byte[] aesKey(String encodingAesKey) {
        if (encodingAesKey == null || encodingAesKey.length() != 43) {
            throw new WeComCryptoException(WeComCryptoException.ILLEGAL_AES_KEY, "the EncodingAESKey must be 43 characters");
        }
        try {
            byte[] key = Base64.getDecoder().decode(encodingAesKey + "=");
            if (key.length != 32) throw new IllegalArgumentException("not 32 bytes");
            return key;
        } catch (IllegalArgumentException e) {
            throw new WeComCryptoException(WeComCryptoException.ILLEGAL_AES_KEY, "the EncodingAESKey is not valid Base64 for a 32-byte key");
        }
    }

    /** The msg_signature of {@code encrypted} (the echostr, or the text of {@code <Encrypt>}). */
    public String signature(String timestamp, String nonce, String encrypted) {
        String[] parts = {token, timestamp, nonce, encrypted};
        Arrays.sort(parts);
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(sha1.digest(String.join("", parts).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-1 is not available in this JDK", e);
        }
    }

    /** True when {@code msgSignature} signs {@code encrypted}; constant-time. */
    public boolean verify(String msgSignature, String timestamp, String nonce, String encrypted) {
        if (msgSignature == null || timestamp == null || nonce == null || encrypted == null) return false;
        byte[] expected = signature(timestamp, nonce, encrypted).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, msgSignature.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The message inside {@code encrypted}.
     *
     * @throws WeComCryptoException when it is not Base64, does not decrypt, or was meant for another receive id
     */
    public String decrypt(String encrypted) {
        byte[] cipherText;
        try {
            cipherText = Base64.getDecoder().decode(encrypted);
        } catch (IllegalArgumentException e) {
            throw new WeComCryptoException(WeComCryptoException.DECODE_BASE64_ERROR, "the encrypted text is not Base64");
        }
        if (cipherText.length == 0 || cipherText.length % 16 != 0) {
            throw new WeComCryptoException(WeComCryptoException.DECRYPT_AES_ERROR, "the encrypted text is not a whole number of AES blocks");
        }
        byte[] plain;
        try {
            plain = cipher(Cipher.DECRYPT_MODE).doFinal(cipherText);
        } catch (GeneralSecurityException e) {
            throw new WeComCryptoException(WeComCryptoException.DECRYPT_AES_ERROR, "AES decryption failed");
        }
        int pad = plain[plain.length - 1] & 0xff;
        if (pad < 1 || pad > BLOCK || pad > plain.length) {
            throw new WeComCryptoException(WeComCryptoException.ILLEGAL_BUFFER, "the decrypted text has invalid padding");
        }
        for (int i = plain.length - pad; i < plain.length; i++) {
            if ((plain[i] & 0xff) != pad) throw new WeComCryptoException(WeComCryptoException.ILLEGAL_BUFFER, "the decrypted text has invalid padding");
        }
        int end = plain.length - pad;
        if (end < 20) throw new WeComCryptoException(WeComCryptoException.ILLEGAL_BUFFER, "the decrypted text is too short");
        int length = ByteBuffer.wrap(plain, 16, 4).getInt();
        if (length < 0 || length > end - 20) {
            throw new WeComCryptoException(WeComCryptoException.ILLEGAL_BUFFER, "the decrypted message length is out of range");
        }
        String message = new String(plain, 20, length, StandardCharsets.UTF_8);
        String from = new String(plain, 20 + length, end - 20 - length, StandardCharsets.UTF_8);
        if (!from.equals(receiveId)) {
            throw new WeComCryptoException(WeComCryptoException.VALIDATE_RECEIVE_ID_ERROR, "the message is meant for another receive id");
        }
        return message;
    }

    /** {@code message} encrypted for our receive id, with fresh random bytes. */
    public String encrypt(String message) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        return encrypt(random, message);
    }

    /** {@code message} encrypted with the given 16 random bytes: for reproducible tests. */
    String encrypt(byte[] random16, String message) {
        if (random16.length != 16) throw new IllegalArgumentException("16 random bytes are needed, got " + random16.length);
        byte[] msg = message.getBytes(StandardCharsets.UTF_8);
        byte[] id = receiveId.getBytes(StandardCharsets.UTF_8);
        int unpadded = 20 + msg.length + id.length;
        int pad = BLOCK - unpadded % BLOCK;
        ByteBuffer plain = ByteBuffer.allocate(unpadded + pad);
        plain.put(random16).putInt(msg.length).put(msg).put(id);
        for (int i = 0; i < pad; i++) plain.put((byte) pad);
        try {
            return Base64.getEncoder().encodeToString(cipher(Cipher.ENCRYPT_MODE).doFinal(plain.array()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES encryption failed", e);
        }
    }

    /** A passive reply (or a callback body, in tests) as WeCom's signed XML envelope. */
    public String envelope(String message, String timestamp, String nonce) {
        String encrypted = encrypt(message);
        return "<xml>\n<Encrypt><![CDATA[" + encrypted + "]]></Encrypt>\n<MsgSignature><![CDATA[" + signature(timestamp, nonce, encrypted)
                + "]]></MsgSignature>\n<TimeStamp>" + timestamp + "</TimeStamp>\n<Nonce><![CDATA[" + nonce + "]]></Nonce>\n</xml>";
    }

    private Cipher cipher(int mode) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOfRange(key, 0, 16)));
        return cipher;
    }
}
