package org.youthjustice.procurement.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.idempotency.IdempotencyKey;
import org.youthjustice.platform.idempotency.IdempotencyKeys;
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageRequest;
import org.youthjustice.procurement.domain.PurchasingDepartment;
import org.youthjustice.procurement.service.Departments;

@Path("/purchasing-departments")
@Tag(name = "Purchasing departments",
        description = "Justice bureaus, civil-affairs bureaus and Youth League committees that buy social work")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class PurchasingDepartmentResource {

    @Inject
    Departments departments;

    @Inject
    IdempotencyKeys idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Register a purchasing department",
            description = "Admins only. Procurement officers carry its code in their department_code claim.")
    @APIResponse(responseCode = "201", description = "Registered; also the answer to a retry with the same "
            + "Idempotency-Key and body", content = @Content(schema = @Schema(implementation = DepartmentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, with the fields named")
    @APIResponse(responseCode = "409", description = "The code is taken, or the Idempotency-Key was used with "
            + "another request")
    public Response register(@HeaderParam(IdempotencyKey.HEADER) @Parameter(description = IdempotencyKey.DESCRIPTION)
                             IdempotencyKey idempotencyKey,
                             @NotNull @Valid RegisterDepartmentRequest request, @Context UriInfo uri) {
        PurchasingDepartment department = idempotency.once(idempotencyKey, request,
                () -> departments.register(request.code(), request.name(), request.kind(), request.regionCode()),
                created -> created.code, departments::find);
        return Response.created(uri.getAbsolutePathBuilder().path(department.code).build())
                .entity(DepartmentView.of(department)).build();
    }

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.AGENCY_SUPERVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "List purchasing departments",
            description = "Procurement officers, agency supervisors, auditors and admins; sorted by code.")
    @APIResponse(responseCode = "200", description = "A page of departments")
    @APIResponse(responseCode = "400", description = "Invalid page")
    public Page<DepartmentView> list(@Valid @BeanParam PageRequest page) {
        return departments.list(page).map(DepartmentView::of);
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.AGENCY_SUPERVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One purchasing department",
            description = "Procurement officers, agency supervisors, auditors and admins.")
    @APIResponse(responseCode = "200", description = "The department",
            content = @Content(schema = @Schema(implementation = DepartmentView.class)))
    @APIResponse(responseCode = "404", description = "No such department")
    public DepartmentView get(@PathParam("code") String code) {
        return DepartmentView.of(departments.find(code));
    }
}
