package org.youthjustice.notification.service;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.youthjustice.notification.domain.Notification;

import java.util.Optional;

/**
 * An alert's texts in a recipient's language, from the Qute templates {@code templates/alerts/<rule>.<locale>.txt}
 * (first line the subject, then a blank line and the body with the link), filled from the alert's template values
 * (references, ids, codes, dates only). The stored title and body stay English for the inbox and the webhooks.
 */
@ApplicationScoped
public class AlertTexts {

    private static final Logger LOG = Logger.getLogger(AlertTexts.class);

    @Inject
    Engine engine;

    public record Texts(String subject, String body) {
    }

    /**
     * The alert's texts in {@code locale} ({@code zh} or {@code en}); the stored English ones for a rule without
     * templates or values that do not fill them (an alert stored before its rule had templates).
     */
    public Texts render(Notification notification, String locale) {
        Optional<Template> template = template(notification.rule, locale);
        if (template.isEmpty()) {
            return new Texts(notification.title, notification.body);
        }
        TemplateInstance instance = template.get().instance();
        notification.templateValues.forEach(instance::data);
        try {
            String text = instance.render().strip();
            int endOfSubject = text.indexOf('\n');
            return endOfSubject < 0 ? new Texts(text, "")
                    : new Texts(text.substring(0, endOfSubject).strip(), text.substring(endOfSubject).strip());
        } catch (TemplateException e) {
            LOG.warnf("Alert %s: the %s template of rule %s does not render (%s); the stored texts are used",
                    notification.id, locale, notification.rule, e.getClass().getSimpleName());
            return new Texts(notification.title, notification.body);
        }
    }

    /** How an e-mail says why it came and how to change that, in {@code locale}. */
    public String footer(String locale) {
        return template("footer", locale).map(footer -> footer.render().strip()).orElseThrow();
    }

    private Optional<Template> template(String name, String locale) {
        return Optional.ofNullable(engine.getTemplate("alerts/" + name + "." + locale + ".txt"));
    }
}
