package org.youthjustice.cases.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.platform.time.ServiceZone;
import org.youthjustice.cases.domain.ExportPurpose;
import org.youthjustice.cases.service.CaseExports;
import org.youthjustice.cases.service.CaseSort;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.problem.FieldError;
import org.youthjustice.platform.problem.ProblemException;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

@Path("/case-exports")
@Tag(name = "Case exports", description = "The caseload of an office or agency as a CSV file, pseudonymous, "
        + "audited")
@SecurityRequirement(name = "jwt")
public class CaseExportResource {

    private static final String CSV_UTF_8 = CaseCsv.MEDIA_TYPE + "; charset=UTF-8";

    @Inject
    CaseExports exports;

    @Inject
    Clock clock;

    @GET
    @Produces(CaseCsv.MEDIA_TYPE)
    @RolesAllowed({Roles.ADMIN, Roles.JUDICIAL_OFFICER, Roles.AGENCY_SUPERVISOR})
    @Operation(summary = "Export cases as CSV",
            description = "The cases GET /cases shows for the same filters and sort (the caller's scope: admins all "
                    + "cases, judicial officers their office's, agency supervisors their agency's and the open "
                    + "unassigned cases of the offices it serves), all of them in one file, sealed cases never. "
                    + "Columns: reference, type, correctionKind, status, office, region, periodStart, periodEnd, "
                    + "leadWorkerId, riskLevel, createdAt; never the juvenile's identity. Each case exported writes a "
                    + "CASE_EXPORTED audit row with the purpose and the export id (X-Export-Id). Court officers, "
                    + "social workers, auditors and procurement officers are refused.")
    @APIResponse(responseCode = "200", description = "The CSV file (UTF-8, header row, RFC 4180); only the header "
            + "when no case matches",
            content = @Content(mediaType = CaseCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
            headers = {
                    @Header(name = HttpHeaders.CONTENT_DISPOSITION, description = "attachment; "
                            + "filename=cases-<date>.csv", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "X-Export-Id", description = "The id shared by the audit rows of this export; "
                            + "absent when nothing was exported", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "No purpose, or one not in the list, or an invalid filter or "
            + "sort, with the field named")
    @APIResponse(responseCode = "422", description = "More cases than one export may hold (maxRows): narrow the "
            + "filters; nothing was exported")
    public Response export(@QueryParam("purpose")
                           @Parameter(required = true, description = "Why the cases are exported; kept in the "
                                   + "audit trail", schema = @Schema(implementation = ExportPurpose.class))
                           String purpose,
                           @Valid @BeanParam CaseFilterParams filter,
                           @QueryParam("sort")
                           @Pattern(regexp = CaseSort.PATTERN, message = CaseSort.MESSAGE)
                           @Parameter(description = "Default -createdAt (newest first)") String sort) {
        CaseExports.Export export = exports.export(filter.toFilter(), CaseSort.parse(sort), purposeOf(purpose));
        StreamingOutput csv = output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            CaseCsv.write(export.cases(), out);
            out.flush();
        };
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        LocalDate today = ServiceZone.today(clock);
        Response.ResponseBuilder answer = Response.ok(csv, CSV_UTF_8).cacheControl(noStore)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=cases-" + today + ".csv");
        export.id().ifPresent(id -> answer.header("X-Export-Id", id));
        return answer.build();
    }

    /** The stated purpose; named in the 400 when missing or not in the list, without echoing what was sent. */
    private static ExportPurpose purposeOf(String purpose) {
        String allowed = "must be one of " + Arrays.toString(ExportPurpose.values());
        if (purpose == null || purpose.isBlank()) {
            throw ProblemException.badRequest("An export needs a purpose.",
                    List.of(new FieldError("purpose", "required", allowed)));
        }
        try {
            return ExportPurpose.valueOf(purpose);
        } catch (IllegalArgumentException unknown) {
            throw ProblemException.badRequest("The purpose is not one of the list.",
                    List.of(new FieldError("purpose", "unknown", allowed)));
        }
    }
}
