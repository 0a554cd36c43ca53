package org.youthjustice.cases.domain;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.youthjustice.platform.identity.EncryptedColumn;
import org.youthjustice.platform.identity.EncryptedColumns;
import org.youthjustice.platform.identity.EncryptedTable;

import java.util.List;

/**
 * Every cipher column of this service, in one place (platform-identity README, "Key rotation"). Each token is bound
 * to its cell through these columns: a case by its reference (allocated before the insert), a row of a case's team,
 * plan, visits, services or risk assessments by the case id and its own id (taken from its sequence before the
 * insert, {@link RowIds}). The platform's re-encryption job and its check of keys in use cover exactly these
 * columns; {@code CipherColumnsTest} fails when an entity has a {@code *_cipher} column that is not here.
 */
public final class CipherColumns {

    private static final List<String> CASE_ID_AND_ID = List.of("case_id", "id");

    public static final EncryptedTable JUVENILE_CASE = EncryptedTable.of("juvenile_case", List.of("reference"),
                    "name_cipher", "identity_number_cipher", "birth_date_cipher", "phone_cipher", "address_cipher",
                    "guardians_cipher")
            .withBlindIndex("identity_number_index", "identity_number_cipher");
    public static final EncryptedTable TEAM_MEMBER = EncryptedTable.of("case_team_member", CASE_ID_AND_ID,
            "name_cipher", "phone_cipher");
    public static final EncryptedTable PLAN_GOAL = EncryptedTable.of("case_plan_goal", CASE_ID_AND_ID,
            "title_cipher");
    public static final EncryptedTable VISIT = EncryptedTable.of("case_visit", CASE_ID_AND_ID,
            "place_cipher", "note_cipher");
    public static final EncryptedTable SERVICE_RECORD = EncryptedTable.of("service_record", CASE_ID_AND_ID,
            "note_cipher");
    public static final EncryptedTable RISK_ASSESSMENT = EncryptedTable.of("risk_assessment", CASE_ID_AND_ID,
            "note_cipher");

    public static final EncryptedColumn CASE_NAME = JUVENILE_CASE.column("name_cipher");
    public static final EncryptedColumn CASE_IDENTITY_NUMBER = JUVENILE_CASE.column("identity_number_cipher");
    public static final EncryptedColumn CASE_BIRTH_DATE = JUVENILE_CASE.column("birth_date_cipher");
    public static final EncryptedColumn CASE_PHONE = JUVENILE_CASE.column("phone_cipher");
    public static final EncryptedColumn CASE_ADDRESS = JUVENILE_CASE.column("address_cipher");
    public static final EncryptedColumn CASE_GUARDIANS = JUVENILE_CASE.column("guardians_cipher");
    public static final EncryptedColumn MEMBER_NAME = TEAM_MEMBER.column("name_cipher");
    public static final EncryptedColumn MEMBER_PHONE = TEAM_MEMBER.column("phone_cipher");
    public static final EncryptedColumn GOAL_TITLE = PLAN_GOAL.column("title_cipher");
    public static final EncryptedColumn VISIT_PLACE = VISIT.column("place_cipher");
    public static final EncryptedColumn VISIT_NOTE = VISIT.column("note_cipher");
    public static final EncryptedColumn SERVICE_NOTE = SERVICE_RECORD.column("note_cipher");
    public static final EncryptedColumn RISK_NOTE = RISK_ASSESSMENT.column("note_cipher");

    public static final EncryptedColumns ALL = EncryptedColumns.of(JUVENILE_CASE, TEAM_MEMBER, PLAN_GOAL, VISIT,
            SERVICE_RECORD, RISK_ASSESSMENT);

    private CipherColumns() {
    }

    /** The registry the platform's re-encryption job and key check read. */
    @Produces
    @Singleton
    static EncryptedColumns registry() {
        return ALL;
    }
}
