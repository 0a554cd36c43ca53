package org.youthjustice.cases.rest;

/** The form of a phone number in a request. */
final class Phones {

    static final String PATTERN = "\\+?[0-9]{7,15}";
    static final String MESSAGE = "must be 7 to 15 digits, optionally with a leading +";

    private Phones() {
    }
}
