package org.youthjustice.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hibernate.jpa.HibernateHints;
import org.youthjustice.cases.config.ExportConfig;
import org.youthjustice.cases.domain.AuditAction;
import org.youthjustice.cases.domain.ExportPurpose;
import org.youthjustice.cases.domain.JuvenileCase;
import org.youthjustice.platform.problem.ProblemException;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Exports of the cases in the caller's scope, for offices and agencies that report on their caseload. Every case
 * exported leaves an audit row in the transaction that read it.
 */
@ApplicationScoped
public class CaseExports {

    @Inject
    Caseload cases;

    @Inject
    AuditTrail audit;

    @Inject
    ExportConfig config;

    /**
     * The cases the list would show for {@code filter} (sealed ones never), all of them, each audited as
     * {@code CASE_EXPORTED} with {@code purpose} and the export's id (an export of nothing writes nothing). More than
     * the configured maximum is refused (422) before anything is written, so that no file is ever partial.
     */
    @Transactional
    public Export export(Caseload.CaseFilter filter, CaseSort sort, ExportPurpose purpose) {
        int maxRows = config.maxRows();
        // one more than the maximum tells "too many" without counting them all; read-only: nothing to flush
        List<JuvenileCase> found = cases.matching(filter, sort)
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .range(0, maxRows).list();
        if (found.size() > maxRows) {
            throw ProblemException.unprocessable("The export would hold more than " + maxRows + " cases; narrow "
                    + "the filters (office, status, type, period, ...) and export in parts.", null)
                    .with("maxRows", maxRows);
        }
        if (found.isEmpty()) {
            return new Export(Optional.empty(), found);
        }
        String exportId = UUID.randomUUID().toString();
        audit.recordEach(AuditAction.CASE_EXPORTED, found.stream().map(c -> c.reference).toList(), purpose,
                exportId);
        return new Export(Optional.of(exportId), found);
    }

    /**
     * The cases of one export, in the order asked for, and the id its audit rows share (none when nothing was
     * exported, as nothing was audited).
     */
    public record Export(Optional<String> id, List<JuvenileCase> cases) {
    }
}
