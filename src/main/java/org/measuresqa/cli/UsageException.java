package org.measuresqa.cli;

/** The command line asks for something that cannot be done; the message says what instead. */
class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
