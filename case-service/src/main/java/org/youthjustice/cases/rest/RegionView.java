package org.youthjustice.cases.rest;

import org.youthjustice.cases.domain.Region;
import org.youthjustice.cases.domain.RegionLevel;

public record RegionView(String code, String nameZh, String nameEn, RegionLevel level, String parentCode,
        String referencePrefix) {

    static RegionView of(Region region) {
        return new RegionView(region.code, region.nameZh, region.nameEn, region.level, region.parentCode,
                region.referencePrefix);
    }
}
