package org.youthjustice.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.youthjustice.notification.domain.Notification;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The language the inbox and the live stream show an alert in: the caller's chosen locale once they have preferences,
 * else the first of {@code zh} and {@code en} their {@code Accept-Language} names, else the stored English texts.
 */
@ApplicationScoped
public class InboxLanguage {

    @Inject
    AlertTexts texts;

    @Inject
    EntityManager em;

    /** The texts of each alert for {@code subject}, as rendered for them. */
    public Function<Notification, AlertTexts.Texts> textsFor(String subject, String acceptLanguage) {
        // the locale alone: an inbox read loads no subscriber
        Optional<String> locale = em.createQuery("select s.locale from Subscriber s where s.subject = :subject",
                        String.class)
                .setParameter("subject", subject).getResultStream().findFirst()
                .or(() -> requested(acceptLanguage));
        return alert -> locale.map(chosen -> texts.render(alert, chosen))
                .orElseGet(() -> new AlertTexts.Texts(alert.title, alert.body));
    }

    private static Optional<String> requested(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Optional.empty();
        }
        try {
            return Locale.LanguageRange.parse(acceptLanguage).stream()
                    .map(range -> range.getRange().toLowerCase(Locale.ROOT))
                    .map(range -> range.startsWith("zh") ? "zh" : range.startsWith("en") ? "en" : null)
                    .filter(language -> language != null)
                    .findFirst();
        } catch (IllegalArgumentException e) {
            // a malformed header asks for nothing in particular
            return Optional.empty();
        }
    }
}
