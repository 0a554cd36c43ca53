package org.youthjustice.platform.identity;

/** The configured keys cannot be used; thrown at startup so that a service never runs without them. */
public class IdentityKeyException extends IllegalStateException {

    public IdentityKeyException(String message) {
        super(message);
    }

    public IdentityKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
