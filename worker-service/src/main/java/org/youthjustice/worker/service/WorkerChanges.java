package org.youthjustice.worker.service;

import org.youthjustice.worker.domain.Qualification;
import org.youthjustice.worker.domain.Specialisation;

import java.util.Optional;
import java.util.Set;

/**
 * A partial update of a worker: {@code null} leaves a field as it is; {@code qualification} is
 * {@code Optional.empty()} to remove the qualification.
 */
public record WorkerChanges(String phone, Optional<Qualification> qualification, Set<Specialisation> specialisations,
                            Boolean frontLine) {

    /** Whether anything other than the phone would change: that is for the agency, not the worker. */
    boolean touchesMoreThanPhone() {
        return qualification != null || specialisations != null || frontLine != null;
    }
}
