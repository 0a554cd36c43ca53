package org.youthjustice.platform.identity;

/**
 * An identity number that is not valid. The message and {@link #reason()} say what is wrong, never the number,
 * so the exception can be logged and its message returned to a client.
 */
public class InvalidIdentityNumberException extends IllegalArgumentException {

    /** What is wrong, with a stable code for problem+json field errors. */
    public enum Reason {
        LENGTH("length", "must have 18 characters"),
        CHARACTERS("characters", "must be 17 digits followed by a digit or X"),
        CHECK("check", "check character does not match"),
        BIRTH_DATE("birth-date", "date of birth must be a real date between 1900-01-01 and today");

        private final String code;
        private final String message;

        Reason(String code, String message) {
            this.code = code;
            this.message = message;
        }

        /** {@code length}, {@code characters}, {@code check} or {@code birth-date}. */
        public String code() {
            return code;
        }

        /** A sentence for the client, without the number. */
        public String message() {
            return message;
        }
    }

    private final Reason reason;

    InvalidIdentityNumberException(Reason reason) {
        super("Invalid identity number: " + reason.message());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
