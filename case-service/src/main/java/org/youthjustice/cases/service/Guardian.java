package org.youthjustice.cases.service;

/** A juvenile's guardian as typed in a referral, in clear: held only in memory, on the way to encryption. */
public record Guardian(String name, String phone) {
}
