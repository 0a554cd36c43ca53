package org.youthjustice.procurement.rest;

/** The sites a contract serves: judicial offices ({@code JO-440104-01}) and courts ({@code CT-440104}). */
final class SiteCodes {

    static final String PATTERN = "JO-[0-9]{6}-[0-9]{2}|CT-[0-9]{6}";
    static final String MESSAGE = "must be a judicial office (JO-440104-01) or court (CT-440104) code";

    private SiteCodes() {
    }
}
