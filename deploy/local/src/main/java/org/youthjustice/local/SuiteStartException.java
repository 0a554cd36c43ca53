package org.youthjustice.local;

/** A part of the suite could not start; the message tells the user what to do about it. */
public class SuiteStartException extends RuntimeException {

    public SuiteStartException(String message) {
        super(message);
    }

    public SuiteStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
