package org.youthjustice.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.cases.domain.JuvenileCase;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;

/**
 * Who reads a case's free text (visit places and notes, service and risk notes, plan goal titles) in its ordinary
 * reads: the case's lead social worker, who writes most of it and works with it, and only a person (a machine client
 * holding the lead's worker id is not one, {@link MachineClients}). Everyone else who may read the records (agency
 * supervisors, judicial officers, admins) is shown them without the text, and reads it through an audited
 * {@link NoteReveals note reveal}: the text may name people, places and what a minor confided, and a list read by the
 * dozen must not hand it out unrecorded.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NoteDisclosure {

    @Inject
    Caller caller;

    @Inject
    Caseload cases;

    @Inject
    MachineClients machines;

    /** Whether the caller's ordinary reads of the case carry its free text; 404 for a case outside their scope. */
    public boolean inClear(String reference) {
        return inClear(cases.find(reference));
    }

    public boolean inClear(JuvenileCase c) {
        return isLead(c) && !machines.isCalling();
    }

    /** Whether the caller is the social worker who leads the case. */
    boolean isLead(JuvenileCase c) {
        return c.assignedWorkerId != null && caller.hasRole(Roles.SOCIAL_WORKER)
                && c.assignedWorkerId.equals(caller.workerId().orElse(null));
    }
}
