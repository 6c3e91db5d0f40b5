package org.measuresqa.bots.wecom;

/** The WeCom API refused a call; {@link #errcode()} is its {@code errcode} (or -1 for a transport failure). */
public final class WeComApiException extends RuntimeException {

    private final int errcode;

    public WeComApiException(int errcode, String message) {
        super(message);
        this.errcode = errcode;
    }

    public WeComApiException(String message, Throwable cause) {
        super(message, cause);
        this.errcode = -1;
    }

    public int errcode() {
        return errcode;
    }
}
