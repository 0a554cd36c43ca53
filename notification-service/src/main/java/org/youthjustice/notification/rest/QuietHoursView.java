package org.youthjustice.notification.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.notification.domain.QuietHours;

import java.time.format.DateTimeFormatter;

@Schema(description = "Daily hours in the subscriber's zone during which non-urgent e-mails wait until the end; "
        + "an end before the start spans midnight. Urgent alerts are never held.")
public record QuietHoursView(
        @NotNull
        @Pattern(regexp = HH_MM, message = "must be a time HH:mm")
        @Schema(examples = "22:00")
        String start,

        @NotNull
        @Pattern(regexp = HH_MM, message = "must be a time HH:mm")
        @Schema(examples = "07:00")
        String end,

        @NotNull
        @Size(max = 64)
        @Schema(description = "A time zone id", examples = "Asia/Shanghai")
        String zone) {

    static final String HH_MM = "([01][0-9]|2[0-3]):[0-5][0-9]";

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("HH:mm");

    static QuietHoursView of(QuietHours hours) {
        return new QuietHoursView(FORMAT.format(hours.start()), FORMAT.format(hours.end()), hours.zone().getId());
    }
}
