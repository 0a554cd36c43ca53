package org.youthjustice.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.youthjustice.platform.identity.IdentityNumber;

/**
 * Referrals of fictional juveniles to office {@code JO-440104-99} (no demo office), each with an identity number that
 * is valid and not used before in this run: a district of Guangzhou, a random birth date in 2009-2011 and a random
 * sequence, so that a juvenile still open from an earlier run is rarely drawn again (about 36 million numbers).
 * Correction cases on probation, the offence three months ago, when every such juvenile was under 18.
 */
public final class FictionalReferrals {

    public static final String OFFICE = "JO-440104-99";
    public static final String REGION = "440104";

    /** Districts of Guangzhou, Shenzhen, Zhuhai, Foshan and Jiangmen, Dongguan and Zhongshan: where juveniles live. */
    private static final List<String> DIVISIONS = List.of("440103", "440104", "440105", "440106", "440111",
            "440112", "440113", "440114", "440115", "440117", "440118", "440303", "440304", "440305", "440306",
            "440307", "440308", "440309", "440310", "440311", "440402", "440403", "440404", "440604", "440605",
            "440606", "440607", "440608", "440703", "440704", "440705", "441900", "442000");
    private static final LocalDate FIRST_BIRTH = LocalDate.of(2009, 1, 1);
    private static final int BIRTH_DAYS = (int) (LocalDate.of(2012, 1, 1).toEpochDay() - FIRST_BIRTH.toEpochDay());
    private static final String[] GIVEN = {"小明", "小红", "小强", "小军", "小东", "小丽", "小华", "小芳"};

    private final Random random;
    private final LocalDate today;
    private final Set<String> drawn = new HashSet<>();

    /** @param today the day in China, which the service counts periods and ages from */
    public FictionalReferrals(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
    }

    /** A new correction referral to {@link #OFFICE}; safe to call from several threads. */
    public ObjectNode next() {
        return correction(OFFICE, 7);
    }

    /**
     * A new correction referral to {@code officeCode}, on probation from {@code startInDays} days from today (negative:
     * started already) for a year; safe to call from several threads.
     */
    public synchronized ObjectNode correction(String officeCode, int startInDays) {
        LocalDate start = today.plusDays(startInDays);
        ObjectNode referral = ApiClient.JSON.createObjectNode()
                .put("type", "CORRECTION")
                .put("correctionKind", "PROBATION")
                .put("officeCode", officeCode)
                .put("periodStart", start.toString())
                .put("periodEnd", start.plusYears(1).minusDays(1).toString())
                .put("offenceDate", today.minusMonths(3).toString());
        return withJuvenile(referral);
    }

    /** A new prevention referral (no period, no offence) to {@code officeCode}; safe to call from several threads. */
    public synchronized ObjectNode prevention(String officeCode, String referralSource) {
        ObjectNode referral = ApiClient.JSON.createObjectNode()
                .put("type", "PREVENTION")
                .put("referralSource", referralSource)
                .put("officeCode", officeCode);
        return withJuvenile(referral);
    }

    private ObjectNode withJuvenile(ObjectNode referral) {
        referral.put("regionCode", REGION).put("gridCode", "440104-003-07");
        ObjectNode juvenile = referral.putObject("juvenile")
                .put("name", "测" + GIVEN[random.nextInt(GIVEN.length)])
                .put("identityNumber", uniqueIdentityNumber())
                .put("phone", phone("138"))
                .put("address", "广东省广州市越秀区示例路" + (1 + random.nextInt(999)) + "号");
        juvenile.putArray("guardians").addObject()
                .put("name", "测大华")
                .put("phone", phone("139"));
        return referral;
    }

    private String uniqueIdentityNumber() {
        while (true) {
            String number = IdentityNumber.compose(DIVISIONS.get(random.nextInt(DIVISIONS.size())),
                    FIRST_BIRTH.plusDays(random.nextInt(BIRTH_DAYS)), random.nextInt(1000)).value();
            if (drawn.add(number)) {
                return number;
            }
        }
    }

    private String phone(String prefix) {
        return prefix + String.format("%08d", random.nextInt(100_000_000));
    }
}
