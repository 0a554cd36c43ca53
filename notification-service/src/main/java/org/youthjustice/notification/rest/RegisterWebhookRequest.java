package org.youthjustice.notification.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

public record RegisterWebhookRequest(
        @Schema(description = "Where alerts are posted: https, a public host (and one of yjs.webhooks.allowed-hosts when that is set)",
                examples = "https://hooks.partner.example/yjs")
        @NotBlank @Size(max = 2000) String url,
        @Schema(description = "The role whose alerts it receives", examples = "judicial-officer")
        @NotBlank
        @Pattern(regexp = "social-worker|agency-supervisor|judicial-officer|court-officer|procurement-officer|admin",
                message = "must be a role with alerts: social-worker, agency-supervisor, judicial-officer, "
                        + "court-officer, procurement-officer or admin")
        String recipientRole,
        @Schema(description = "The scope within the role (worker id, agency, office, court or department code); "
                + "absent: every alert of the role (admins only)", examples = "JO-440104-01")
        @Size(min = 1, max = 100) String recipientScope,
        @Schema(description = "The rules it receives; empty or absent: all", examples = "[\"visit-missed\"]")
        @Size(max = 50) List<@NotBlank @Size(max = 64) String> rules,
        @Schema(description = "What it is for", examples = "Yuexiu office's case system")
        @Size(max = 500) String description) {
}
