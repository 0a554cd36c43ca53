package org.youthjustice.cases.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.cases.service.CaseImports;
import org.youthjustice.cases.service.CaseReferrals;
import org.youthjustice.cases.service.NewReferral;
import org.youthjustice.cases.service.Throttled;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.problem.FieldError;
import org.youthjustice.platform.problem.ProblemException;
import org.youthjustice.platform.problem.ProblemType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

@Path("/case-imports")
@Tag(name = "Cases", description = "Correction and prevention cases of juveniles; personal data masked")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class CaseImportResource {

    @Inject
    CaseImports imports;

    @Inject
    Validator validator;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COURT_OFFICER)
    @Operation(summary = "Import existing cases",
            description = "For partner systems of a court moving their cases in: up to 1,000 referrals, each "
                    + "validated and referred on its own exactly like POST /cases (the caller's court refers). A "
                    + "refused item does not hold back the others; the answer lists each item's outcome. Sending an "
                    + "import again refers nothing twice: a juvenile with an open case of the caller's court answers "
                    + "409 with existingReference; with another court's open case 409 without anything of that "
                    + "case, and once the caller has had too many of those refused lately, every item meeting an "
                    + "open case answers 429 and the response carries Retry-After. Publishes case.referred per case.")
    @APIResponse(responseCode = "200", description = "The outcome of every item",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, description = "Seconds to wait, when an item answered "
                    + "429", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(schema = @Schema(implementation = CaseImportView.class)))
    @APIResponse(responseCode = "400", description = "No items, more than 1,000, or not JSON")
    public Response importCases(@NotNull @Valid CaseImportRequest request) {
        if (caller.courtCode().isEmpty()) {
            throw new ProblemException(403, ProblemType.ACCESS_DENIED, "Only a caller with a court code refers cases.",
                    null);
        }
        int size = request.items().size();
        CaseImportView.Item[] items = new CaseImportView.Item[size];
        List<Integer> validIndexes = new ArrayList<>(size);
        List<NewReferral> valid = new ArrayList<>(size);
        for (int index = 0; index < size; index++) {
            ReferCaseRequest item = request.items().get(index);
            List<FieldError> invalid = invalidFields(item);
            if (invalid.isEmpty()) {
                validIndexes.add(index);
                valid.add(item.toNewReferral());
            } else {
                items[index] = new CaseImportView.Item(index, 400, null, "The item has invalid fields", null, invalid);
            }
        }
        List<CaseReferrals.Referred> outcomes = imports.refer(valid);
        int referred = 0;
        String retryAfter = null;
        for (int i = 0; i < outcomes.size(); i++) {
            int index = validIndexes.get(i);
            CaseReferrals.Referred outcome = outcomes.get(i);
            if (outcome.refusal() == null) {
                referred++;
                items[index] = new CaseImportView.Item(index, 201, outcome.reference(), null, null, null);
            } else {
                ProblemException refusal = outcome.refusal();
                if (refusal instanceof Throttled throttled) {
                    retryAfter = throttled.retryAfterSeconds();
                }
                Object existing = refusal.extensions().get("existingReference");
                items[index] = new CaseImportView.Item(index, refusal.status(), null, refusal.detail(),
                        existing == null ? null : existing.toString(),
                        refusal.errors() == null || refusal.errors().isEmpty() ? null : refusal.errors());
            }
        }
        return Response.ok(new CaseImportView(size, referred, size - referred, List.of(items)))
                .header(HttpHeaders.RETRY_AFTER, retryAfter).build();
    }

    private List<FieldError> invalidFields(ReferCaseRequest item) {
        if (item == null) {
            return List.of(new FieldError("", "NotNull", "must not be null"));
        }
        Set<ConstraintViolation<ReferCaseRequest>> violations = validator.validate(item);
        return violations.stream().map(FieldError::of)
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::code)).toList();
    }
}
