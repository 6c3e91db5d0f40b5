package org.measuresqa.bots.wecom;

/** A callback that could not be checked or decrypted; {@link #code()} is the official WXBizMsgCrypt error code. */
public final class WeComCryptoException extends RuntimeException {

    public static final int VALIDATE_SIGNATURE_ERROR = -40001;
    public static final int PARSE_XML_ERROR = -40002;
    public static final int ILLEGAL_AES_KEY = -40004;
    public static final int VALIDATE_RECEIVE_ID_ERROR = -40005;
    public static final int DECRYPT_AES_ERROR = -40007;
    public static final int ILLEGAL_BUFFER = -40008;
    public static final int DECODE_BASE64_ERROR = -40010;

    private final int code;

    public WeComCryptoException(int code, String message) {
        super(message + " (" + code + ")");
        this.code = code;
    }

    public int code() {
        return code;
    }
}
