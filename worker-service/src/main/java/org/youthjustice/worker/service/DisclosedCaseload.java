package org.youthjustice.worker.service;

import org.youthjustice.worker.domain.CaseloadCase;
import org.youthjustice.worker.domain.WorkerCaseload;

import java.util.List;
import java.util.Optional;

/**
 * A worker's caseload as one caller may read it: every figure of {@code caseload}, and the cases the caller may see
 * one by one; {@code shownCases} is empty when the caller may read the figures only (see {@link CaseloadDisclosure}).
 */
public record DisclosedCaseload(WorkerCaseload caseload, Optional<List<CaseloadCase>> shownCases) {
}
