package org.youthjustice.cases.service;

import org.youthjustice.cases.domain.CaseType;
import org.youthjustice.cases.domain.JuvenileAge;
import org.youthjustice.platform.problem.FieldError;
import org.youthjustice.platform.problem.ProblemException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules between the fields of a referral that a single field's constraint cannot check: what each case type
 * needs (400 with the fields named), and that the juvenile is one (422).
 */
final class ReferralRules {

    private ReferralRules() {
    }

    static void check(NewReferral referral, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (referral.type() == CaseType.CORRECTION) {
            requirePresent(errors, "correctionKind", referral.correctionKind());
            requireAbsent(errors, "referralSource", referral.referralSource());
            requirePresent(errors, "periodStart", referral.periodStart());
            requirePresent(errors, "periodEnd", referral.periodEnd());
            requirePresent(errors, "offenceDate", referral.offenceDate());
        } else {
            requirePresent(errors, "referralSource", referral.referralSource());
            requireAbsent(errors, "correctionKind", referral.correctionKind());
        }
        if (referral.periodStart() != null && referral.periodEnd() != null
                && !referral.periodEnd().isAfter(referral.periodStart())) {
            errors.add(new FieldError("periodEnd", "before-start", "must be after periodStart"));
        }
        LocalDate birthDate = referral.identityNumber().birthDate();
        if (referral.offenceDate() != null
                && (referral.offenceDate().isAfter(today) || referral.offenceDate().isBefore(birthDate))) {
            errors.add(new FieldError("offenceDate", "out-of-range",
                    "must be between the date of birth and today"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("The referral is incomplete or inconsistent.", errors);
        }
        JuvenileAge age = JuvenileAge.of(referral.identityNumber());
        if (referral.type() == CaseType.CORRECTION && !age.isMinorOn(referral.offenceDate())) {
            throw ProblemException.unprocessable("The person was 18 or older at the offence; juvenile correction "
                    + "does not apply.", List.of(new FieldError("offenceDate", "adult-at-offence",
                    "the person must be under 18 on this date")));
        }
        if (referral.type() == CaseType.PREVENTION && !age.isMinorOn(today)) {
            throw ProblemException.unprocessable("The person is 18 or older; prevention cases are for juveniles.",
                    List.of(new FieldError("identityNumber", "adult", "the person must be under 18 today")));
        }
    }

    private static void requirePresent(List<FieldError> errors, String field, Object value) {
        if (value == null) {
            errors.add(new FieldError(field, "required", "must be given for this case type"));
        }
    }

    private static void requireAbsent(List<FieldError> errors, String field, Object value) {
        if (value != null) {
            errors.add(new FieldError(field, "not-applicable", "must be absent for this case type"));
        }
    }
}
