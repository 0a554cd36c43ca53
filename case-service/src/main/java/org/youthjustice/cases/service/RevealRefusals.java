package org.youthjustice.cases.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.youthjustice.cases.config.RevealRefusalConfig;
import org.youthjustice.platform.caller.Caller;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Bounds the audit rows that refused identity reveals and note reveals ({@link NoteReveals}) write, with one budget per
 * caller for both: the trail is append-only, so a caller that can never reveal must not be able to grow it without
 * end. Counts the refusals per caller (client {@code azp} and subject {@code sub}, as {@link DuplicateReferrals} does)
 * in a {@link SlidingBudget}, and each of them, 429s included, by its rule in
 * {@code yjs_identity_reveals_refused_total{rule}} or {@code yjs_note_reveals_refused_total{rule}} (the caller is no
 * tag: one series per caller would grow without end too).
 */
@ApplicationScoped
public class RevealRefusals {

    @Inject
    RevealRefusalConfig config;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    MeterRegistry meters;

    private SlidingBudget budget;

    @PostConstruct
    void start() {
        budget = new SlidingBudget(config.budget(), config.window(), clock);
    }

    /** How long the caller must wait before a refusal is audited again; empty while within budget. */
    Optional<Duration> waitForCaller() {
        return budget.wait(callerKey());
    }

    /** A refusal by {@code rule}; {@code audited} when it wrote a row, which is what the budget bounds. */
    void refused(IdentityReveals.Refusal rule, boolean audited) {
        counted("yjs.identity.reveals.refused", "Identity reveals refused, by the rule that refused them", rule,
                audited);
    }

    /** A refused note reveal ({@link NoteReveals}), against the same budget as refused identity reveals. */
    void refused(NoteReveals.Refusal rule, boolean audited) {
        counted("yjs.note.reveals.refused", "Note reveals refused, by the rule that refused them", rule, audited);
    }

    private void counted(String counter, String description, Enum<?> rule, boolean audited) {
        Counter.builder(counter).description(description).tag("rule", rule.name()).register(meters).increment();
        if (audited) {
            budget.refused(callerKey());
        }
    }

    private String callerKey() {
        return caller.clientId().orElse("") + "/" + caller.subject();
    }
}
