package org.youthjustice.notification.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.notification.service.NotificationPreferences;

import java.util.LinkedHashMap;
import java.util.Map;

@Schema(description = "The caller's notification preferences with every default filled in")
public record PreferencesView(
        @Schema(description = "The language of the caller's e-mails", examples = "zh") String locale,
        @Schema(description = "Where e-mails go: the address chosen, else the token's email claim; null: none",
                examples = "wang@agency.example") String email,
        @Schema(description = "Null: none") QuietHoursView quietHours,
        @Schema(description = "Every rule by key, with the caller's choice or the default (URGENT rules by e-mail)")
        Map<String, RuleChoice> rules) {

    static PreferencesView of(NotificationPreferences.Preferences preferences) {
        Map<String, RuleChoice> rules = new LinkedHashMap<>();
        preferences.emailByRule().forEach((rule, email) -> rules.put(rule, new RuleChoice(email)));
        return new PreferencesView(preferences.locale(), preferences.email(),
                preferences.quietHours().map(QuietHoursView::of).orElse(null), rules);
    }
}
