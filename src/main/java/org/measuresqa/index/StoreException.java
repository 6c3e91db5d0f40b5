package org.measuresqa.index;

/** The index file cannot be used; the message says which file and what to do. */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
