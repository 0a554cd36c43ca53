package org.youthjustice.cases.rest;

/** The form of judicial-office and court codes, the same as the {@code office_code}/{@code court_code} claims. */
final class SiteCodes {

    static final String PATTERN = "[A-Z]{2,4}(-[0-9A-Z]{1,12}){1,3}";
    static final String MESSAGE = "must be a site code such as JO-440104-01 or CT-440104";

    private SiteCodes() {
    }
}
