package org.youthjustice.worker.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;
import java.util.Map;

/**
 * How capacity and load are counted. Capacity is clients per full-time worker times the fraction of each posting
 * that covers today, summed; the ratio of a posting is its contract's if set, else its site's, else the default.
 */
@ConfigMapping(prefix = "yjs.caseload")
public interface CaseloadConfig {

    /** Clients per full-time worker; 20 as Guangzhou staffs community correction. */
    @WithDefault("20")
    BigDecimal clientsPerFullTime();

    /** Ratio per site code, e.g. {@code yjs.caseload.site-ratio."JO-440104-01"=15}. */
    Map<String, BigDecimal> siteRatio();

    /** Ratio per procurement contract id; beats the site's. */
    Map<String, BigDecimal> contractRatio();

    Weights weights();

    /**
     * How often capacity is compared again for workers whose postings started today or ended yesterday (the
     * calendar changes capacity without any request). The scheduler reads this property through its expression;
     * it is declared here so that the whole prefix is documented and validated in one place.
     */
    @WithDefault("1h")
    String recheckEvery();

    /** What one case of each risk level counts in the weighted load, as HMPPS's workload points weight effort. */
    interface Weights {

        @WithDefault("1.5")
        BigDecimal high();

        @WithDefault("1.0")
        BigDecimal medium();

        @WithDefault("1.0")
        BigDecimal low();

        /** A case before its first risk assessment. */
        @WithDefault("1.0")
        BigDecimal unassessed();
    }
}
