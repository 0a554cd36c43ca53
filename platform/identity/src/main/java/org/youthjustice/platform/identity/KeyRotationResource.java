package org.youthjustice.platform.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
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
import org.jboss.logging.Logger;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;

/**
 * The admins' way to run the re-encryption job at once, in every service that registers cipher columns. The run is
 * logged with the admin's subject (no personal data in it) and fired as {@link AdminReencryption} for services that
 * audit it.
 */
@Path("/identity-key-rotations")
@Tag(name = "Key rotation", description = "Re-encryption of identity data under the primary keys")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class KeyRotationResource {

    private static final Logger LOG = Logger.getLogger(KeyRotationResource.class);

    private final IdentityKeyRotation rotation;
    private final Caller caller;
    private final Event<AdminReencryption> runs;

    KeyRotationResource(IdentityKeyRotation rotation, Caller caller, Event<AdminReencryption> runs) {
        this.rotation = rotation;
        this.caller = caller;
        this.runs = runs;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Re-encrypt identity data now",
            description = "Admins. Runs the re-encryption job at once (it also runs every "
                    + "yjs.identity.reencrypt.every): every registered cipher column of this service is rewritten "
                    + "under the primary key, bound to its row, and every blind index recomputed under the primary "
                    + "blind-index key. Remove an old key only once remaining and failed are 0 and its id is no longer "
                    + "in keysInUse (the service refuses to start without a key still in use). Services with an audit "
                    + "trail audit the run (case-service: IDENTITY_REENCRYPTED).")
    @APIResponse(responseCode = "200", description = "What the run did",
            content = @Content(schema = @Schema(implementation = KeyRotationView.class)))
    public KeyRotationView run() {
        ReencryptionResult result = rotation.run();
        LOG.infof("Identity re-encryption run by %s: %d rows to key %s, blind index %s; %d failed, %d remain",
                caller.subject(), result.rows(), result.primaryKeyId(), result.blindIndexPrimaryKeyId(),
                result.failed(), result.remaining());
        runs.fire(new AdminReencryption(caller.subject(), result));
        return KeyRotationView.of(result);
    }
}
