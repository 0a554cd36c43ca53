package org.youthjustice.worker.service;

import org.youthjustice.worker.domain.Qualification;
import org.youthjustice.worker.domain.Specialisation;

import java.util.Set;

/** What registering a worker needs; the personal fields are in clear only until {@link WorkerIdentity} has them. */
public record NewWorker(String workerId, String agencyCode, String name, String identityNumber, String phone,
                        Qualification qualification, Set<Specialisation> specialisations, boolean frontLine) {
}
