package org.youthjustice.worker.rest;

/**
 * The shape of a site code: a kind prefix and parts, e.g. {@code JO-440104-01} (judicial office) or
 * {@code CT-440104} (court). The office and court codes of the realm's claims are site codes.
 */
final class SiteCodes {

    static final String PATTERN = "[A-Z]{2,4}(-[0-9A-Z]{1,12}){1,3}";
    static final String MESSAGE = "must be a site code such as JO-440104-01 or CT-440104";

    private SiteCodes() {
    }
}
