package org.youthjustice.worker.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The administrative district in a site code: {@code JO-440104-01} and {@code CT-440104} lie in district
 * {@code 440104}; its first four digits name the city (4401, Guangzhou), so sites of one city share them.
 */
public final class DistrictCodes {

    private static final Pattern DISTRICT = Pattern.compile("-([0-9]{6})(?=-|$)");

    private DistrictCodes() {
    }

    public static Optional<String> districtOf(String siteCode) {
        Matcher matcher = DISTRICT.matcher(siteCode);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The four digits of the city, if the site code names a district. */
    public static Optional<String> cityOf(String siteCode) {
        return districtOf(siteCode).map(district -> district.substring(0, 4));
    }
}
