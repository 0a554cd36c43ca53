package org.youthjustice.notification.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.youthjustice.notification.domain.Severity;

import java.util.Map;
import java.util.Optional;

/**
 * {@code yjs.alerts.rules.<rule>.enabled} and {@code .severity}: a rule is on with its default severity unless
 * configured otherwise.
 */
@ConfigMapping(prefix = "yjs.alerts")
public interface AlertSettings {

    Map<String, RuleSettings> rules();

    interface RuleSettings {

        @WithDefault("true")
        boolean enabled();

        Optional<Severity> severity();
    }

    default boolean enabled(AlertRule rule) {
        return Optional.ofNullable(rules().get(rule.key())).map(RuleSettings::enabled).orElse(true);
    }

    default Severity severity(AlertRule rule) {
        return Optional.ofNullable(rules().get(rule.key())).flatMap(RuleSettings::severity)
                .orElse(rule.defaultSeverity());
    }
}
