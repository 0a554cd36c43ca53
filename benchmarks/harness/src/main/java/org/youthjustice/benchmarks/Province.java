package org.youthjustice.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.youthjustice.platform.problem.UnifiedSocialCreditCode;

/**
 * The fictional province of the province-scale benchmark (issue 16, item 3): its 100 judicial offices and 1,000
 * agencies of 100 workers each. cases.sql and workers.sql (benchmarks/province-scale) read them from the tables
 * {@code province_office} and {@code province_agency} that {@link ProvinceScale} loads, so that both databases name
 * the same offices, agencies and workers.
 */
final class Province {

    static final int OFFICES = 100;
    static final int AGENCIES = 1_000;
    static final int WORKERS_PER_AGENCY = 100;
    /** Agency 0 is the demo agency, so that sup.wang supervises 100 of the province's workers. */
    static final String DEMO_AGENCY = "52440100MJL123454L";
    /** The grid code of every generated case: what cases.sql shapes, and nothing of the demo. */
    static final String GRID = "PROVINCE-GEN";
    private static final List<String> DISTRICTS = List.of("440103", "440104", "440105", "440106", "440111", "440112",
            "440113", "440114", "440115", "440117", "440118");

    private Province() {
    }

    /**
     * Offices 0-99: JO-440103-01 to -09, JO-440104-01 (office 9, jo.zhao's) to -09, ... for the eleven districts of
     * Guangzhou, and JO-440303-01.
     */
    static List<String> offices() {
        List<String> offices = new ArrayList<>(OFFICES);
        for (String district : DISTRICTS) {
            for (int k = 1; k <= 9; k++) {
                offices.add("JO-" + district + "-0" + k);
            }
        }
        offices.add("JO-440303-01");
        return offices;
    }

    /**
     * The unified social-credit code of agency {@code index}: a social organisation of Guangzhou (5244 0100), PRC and
     * the index in six digits, then the check character (agency 1: 52440100PRC000001B); workers.sql makes the same.
     */
    static String agency(int index) {
        if (index == 0) {
            return DEMO_AGENCY;
        }
        String first17 = "52440100PRC" + String.format("%06d", index);
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17).orElseThrow();
    }
}
