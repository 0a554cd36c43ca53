package org.youthjustice.cases.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.youthjustice.cases.domain.CaseStatus;
import org.youthjustice.cases.domain.CaseType;
import org.youthjustice.cases.domain.RiskLevel;
import org.youthjustice.cases.service.Caseload;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The filters of a case list, as query parameters: shared by {@code GET /cases} and {@code GET /case-exports} so that
 * an export selects exactly the cases the list shows for the same query.
 */
public class CaseFilterParams {

    @QueryParam("status")
    public CaseStatus status;

    @QueryParam("type")
    public CaseType type;

    @QueryParam("office")
    @Pattern(regexp = SiteCodes.PATTERN, message = SiteCodes.MESSAGE)
    public String office;

    @QueryParam("worker")
    @Pattern(regexp = "W[0-9]{4,9}", message = "must be W followed by 4 to 9 digits")
    @Parameter(description = "Cases led by this worker")
    public String worker;

    @QueryParam("assigned")
    @Pattern(regexp = "true|false", message = "must be true or false")
    @Parameter(description = "true: with a lead worker; false: waiting for one")
    public String assigned;

    @QueryParam("risk")
    public RiskLevel risk;

    @QueryParam("periodFrom")
    @Parameter(description = "Cases whose correction period ends on or after this day")
    public LocalDate periodFrom;

    @QueryParam("periodTo")
    @Parameter(description = "Cases whose correction period starts on or before this day")
    public LocalDate periodTo;

    @QueryParam("overdueVisits")
    @Pattern(regexp = "true|false", message = "must be true or false")
    @Parameter(description = "true: cases with a scheduled visit past its due day, or a missed visit and no visit "
            + "recorded since; false: the others. Not for court officers (403): visits are not referral data")
    public String overdueVisits;

    public Caseload.CaseFilter toFilter() {
        return new Caseload.CaseFilter(Optional.ofNullable(status), Optional.ofNullable(type),
                Optional.ofNullable(office), Optional.ofNullable(worker),
                Optional.ofNullable(assigned).map(Boolean::parseBoolean), Optional.ofNullable(risk),
                Optional.ofNullable(periodFrom), Optional.ofNullable(periodTo),
                Optional.ofNullable(overdueVisits).map(Boolean::parseBoolean));
    }
}
