package org.youthjustice.notification.rest;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How the subscriber gets one rule's alerts beyond the inbox")
public record RuleChoice(
        @NotNull
        @Schema(description = "By e-mail too", examples = "true")
        Boolean email) {
}
