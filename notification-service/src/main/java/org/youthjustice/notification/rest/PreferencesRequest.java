package org.youthjustice.notification.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.notification.domain.QuietHours;
import org.youthjustice.notification.service.AlertRule;
import org.youthjustice.notification.service.NotificationPreferences;
import org.youthjustice.platform.problem.FieldError;
import org.youthjustice.platform.problem.ProblemException;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@Schema(description = "All of the caller's notification preferences, replacing the ones before; what is left out "
        + "takes its default")
public record PreferencesRequest(
        @Pattern(regexp = "zh|en", message = "must be zh or en")
        @Schema(description = "The language of e-mails; default zh", examples = "en")
        String locale,

        @Email
        @Size(max = 254)
        @Schema(description = "Where e-mails go; null or absent: the token's email claim",
                examples = "wang@agency.example")
        String email,

        @Valid
        @Schema(description = "Null or absent: none")
        QuietHoursView quietHours,

        @Schema(description = "E-mail choices by rule key; a rule left out takes the default (by e-mail if URGENT)")
        Map<String, @NotNull @Valid RuleChoice> rules) {

    private static final Set<String> RULES = Arrays.stream(AlertRule.values()).map(AlertRule::key)
            .collect(Collectors.toCollection(LinkedHashSet::new));

    /** The preferences asked for, once the rules are known and the quiet hours make sense (else 400). */
    NotificationPreferences.Preferences toPreferences() {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Boolean> byRule = new LinkedHashMap<>();
        Optional.ofNullable(rules).orElse(Map.of()).forEach((rule, choice) -> {
            if (RULES.contains(rule)) {
                byRule.put(rule, choice.email());
            } else {
                errors.add(new FieldError("rules." + rule, "unknown", "no such rule; the rules are " + RULES));
            }
        });
        Optional<QuietHours> hours = Optional.ofNullable(quietHours).flatMap(asked -> quietHours(asked, errors));
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("The request has invalid fields", errors);
        }
        return new NotificationPreferences.Preferences(locale, email, hours, byRule);
    }

    private static Optional<QuietHours> quietHours(QuietHoursView asked, List<FieldError> errors) {
        ZoneId zone;
        try {
            zone = ZoneId.of(asked.zone());
        } catch (DateTimeException e) {
            errors.add(new FieldError("quietHours.zone", "zone", "must be a time zone id, e.g. Asia/Shanghai"));
            return Optional.empty();
        }
        LocalTime start = LocalTime.parse(asked.start());
        LocalTime end = LocalTime.parse(asked.end());
        if (start.equals(end)) {
            errors.add(new FieldError("quietHours.end", "range", "must differ from start"));
            return Optional.empty();
        }
        return Optional.of(new QuietHours(start, end, zone));
    }
}
