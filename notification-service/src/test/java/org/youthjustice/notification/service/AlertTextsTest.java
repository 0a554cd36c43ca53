package org.youthjustice.notification.service;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthjustice.notification.domain.Notification;
import org.youthjustice.notification.domain.Recipient;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rule has its e-mail texts in Chinese and English, filled from exactly the values the rule supplies (those its
 * stored English texts name), with the link.
 */
@QuarkusTest
class AlertTextsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    @Inject
    AlertTexts texts;

    @Test
    void everyRuleRendersInBothLanguagesWithNoPlaceholderLeft() {
        assertAll(Arrays.stream(AlertRule.values()).map(rule -> () -> {
            Notification alert = alert(rule);
            // the stored body's link, or (provider-registered has none) at least one
            String link = alert.body.contains(" /api/") ? alert.body.substring(alert.body.lastIndexOf(" /api/") + 1)
                    : "/api/";
            for (String locale : new String[] {"zh", "en"}) {
                AlertTexts.Texts rendered = texts.render(alert, locale);
                String text = rendered.subject() + "\n" + rendered.body();
                assertFalse(text.contains("{") || text.contains("}"), rule + " " + locale + ": " + text);
                assertFalse(rendered.subject().isBlank(), rule + " " + locale);
                assertTrue(rendered.body().contains(link), rule + " " + locale + " has the link " + link);
                alert.templateValues.forEach((name, value) ->
                        assertTrue(text.contains(value), rule + " " + locale + " names " + name));
                assertEquals("zh".equals(locale), CHINESE.matcher(text).find(), rule + " " + locale + " language");
            }
            assertNotEquals(texts.render(alert, "en").subject(), texts.render(alert, "zh").subject());
        }));
    }

    @Test
    void theFooterSaysHowToChangeThePreferencesInBothLanguages() {
        assertTrue(texts.footer("zh").contains("/api/notification-preferences/me"));
        assertTrue(texts.footer("en").contains("/api/notification-preferences/me"));
        assertTrue(CHINESE.matcher(texts.footer("zh")).find());
    }

    @Test
    void anAlertOfARuleWithoutTemplatesKeepsItsStoredTexts() {
        Notification alert = alert(AlertRule.RISK_HIGH);
        alert.rule = "no-such-rule";

        assertEquals(new AlertTexts.Texts(alert.title, alert.body), texts.render(alert, "zh"));
    }

    /** An alert of {@code rule} with a distinct value for every placeholder of its stored English texts. */
    private static Notification alert(AlertRule rule) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher names = PLACEHOLDER.matcher(rule.title(Map.of()) + rule.body(Map.of()));
        while (names.find()) {
            values.putIfAbsent(names.group(1), "V" + names.group(1) + "-" + UUID.randomUUID().toString().substring(0, 6));
        }
        Notification alert = Notification.forRecipient(rule.key(), UUID.randomUUID(), Recipient.officerOf("JO-1"),
                rule.defaultSeverity(), rule.title(values), rule.body(values), "REF", Instant.now());
        alert.templateValues = values;
        return alert;
    }
}
