package org.measuresqa.storage;

/** A database that cannot be opened or prepared: the message says which one and why, without a password. */
public final class DatabaseException extends RuntimeException {
    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
