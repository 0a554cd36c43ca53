package org.youthjustice.cases.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.cases.service.IdentityReencryption;
import org.youthjustice.platform.caller.Roles;

@Path("/identity-key-rotations")
@Tag(name = "Key rotation", description = "Re-encryption of identity data under the primary keys")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class KeyRotationResource {

    @Inject
    IdentityReencryption reencryption;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Re-encrypt identity data now",
            description = "Admins. Runs the re-encryption job at once (it also runs every "
                    + "yjs.identity.reencrypt.every): every registered cipher column of this service (cases, team "
                    + "members, plan goals, visits, service records, risk assessments) is rewritten under the primary "
                    + "key, bound to its row, and every blind index recomputed under the primary blind-index key. "
                    + "Remove an old key only once remaining and failed are 0 and its id is no longer in keysInUse "
                    + "(the service refuses to start without a key still in use). Audited as IDENTITY_REENCRYPTED.")
    @APIResponse(responseCode = "200", description = "What the run did",
            content = @Content(schema = @Schema(implementation = KeyRotationView.class)))
    public KeyRotationView run() {
        return KeyRotationView.of(reencryption.runNow());
    }
}
