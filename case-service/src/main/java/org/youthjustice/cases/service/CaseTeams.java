package org.youthjustice.cases.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.cases.domain.CaseTeam;
import org.youthjustice.cases.domain.CaseTeamMember;
import org.youthjustice.cases.domain.JuvenileCase;
import org.youthjustice.cases.domain.RowIds;
import org.youthjustice.cases.domain.TeamRole;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.identity.IdentityCipher;
import org.youthjustice.platform.identity.Masking;
import org.youthjustice.platform.problem.FieldError;
import org.youthjustice.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

import static org.youthjustice.cases.domain.CipherColumns.MEMBER_NAME;
import static org.youthjustice.cases.domain.CipherColumns.MEMBER_PHONE;
import static org.youthjustice.cases.domain.CipherColumns.TEAM_MEMBER;

/**
 * The correction team of a case. Workers are named by worker id; the officer, guardians and school contacts by
 * name and phone, encrypted at rest and masked for every reader but the lead worker, who works with them (a person:
 * a machine client holding the lead's worker id is shown them masked, {@link MachineClients}).
 */
@ApplicationScoped
@Transactional
public class CaseTeams {

    @Inject
    Caller caller;

    @Inject
    Caseload cases;

    @Inject
    IdentityCipher cipher;

    @Inject
    ListVersions versions;

    @Inject
    MachineClients machines;

    @Inject
    LayAssessors layAssessors;

    /**
     * Replaces the team of the case with {@code members}, in their order. With {@code expectedVersion}, the team must
     * still be that version (412 otherwise); a team not set yet is version 0, each write adds one.
     */
    public Team replace(String reference, OptionalInt expectedVersion, List<Member> members) {
        JuvenileCase c = cases.findForUpdate(reference, OptionalInt.empty());
        if (!c.status.isTracked()) {
            throw ProblemException.conflict("Case " + reference + " is " + c.status + ": its team is set once the "
                    + "office has accepted it, until it is closed.").with("caseStatus", c.status.name());
        }
        check(members);
        layAssessors.requireNotSitting(c, joining(c, members), "members");
        int version = ListVersions.versionOf(versions.claim(CaseTeam.class, CaseTeam::new, c.id, expectedVersion,
                "The team of case " + reference));
        CaseTeamMember.delete("caseId", c.id);
        List<Long> ids = RowIds.next(TEAM_MEMBER.name(), members.size());
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            CaseTeamMember row = new CaseTeamMember();
            row.id = ids.get(i);
            row.caseId = c.id;
            row.position = i;
            row.role = member.role();
            row.workerId = member.workerId();
            row.nameCipher = member.name() == null
                    ? null : cipher.encrypt(member.name().strip(), MEMBER_NAME.at(row.caseId, row.id));
            row.phoneCipher = member.phone() == null
                    ? null : cipher.encrypt(member.phone(), MEMBER_PHONE.at(row.caseId, row.id));
            row.persist();
        }
        return new Team(version, shown(c));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Team team(String reference) {
        JuvenileCase c = cases.find(reference);
        return new Team(versions.current(CaseTeam.class, c.id), shown(c));
    }

    private List<Member> shown(JuvenileCase c) {
        boolean clear = !machines.isCalling()
                && caller.workerId().map(worker -> worker.equals(c.assignedWorkerId)).orElse(false);
        return CaseTeamMember.<CaseTeamMember>list("caseId", Sort.by("position"), c.id).stream().map(m -> {
            String name = cipher.decrypt(m.nameCipher, MEMBER_NAME.at(m.caseId, m.id));
            String phone = cipher.decrypt(m.phoneCipher, MEMBER_PHONE.at(m.caseId, m.id));
            return clear ? new Member(m.role, m.workerId, name, phone)
                    : new Member(m.role, m.workerId, name == null ? null : Masking.name(name),
                    phone == null ? null : Masking.phone(phone));
        }).toList();
    }

    /** The workers of {@code members} who are not on the team yet. */
    private static Set<String> joining(JuvenileCase c, List<Member> members) {
        Set<String> joining = new HashSet<>();
        members.stream().map(Member::workerId).filter(Objects::nonNull).forEach(joining::add);
        CaseTeamMember.<CaseTeamMember>list("caseId", c.id).forEach(m -> joining.remove(m.workerId));
        return joining;
    }

    /** A worker is named by worker id only; anyone else by name (and phone), never by worker id. */
    private static void check(List<Member> members) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            String at = "members[" + i + "].";
            if (member.role() == TeamRole.WORKER) {
                if (member.workerId() == null) {
                    errors.add(new FieldError(at + "workerId", "required", "must be given for a WORKER"));
                }
                if (member.name() != null || member.phone() != null) {
                    errors.add(new FieldError(at + "name", "not-applicable", "a WORKER is named by workerId only"));
                }
            } else {
                if (member.name() == null || member.name().isBlank()) {
                    errors.add(new FieldError(at + "name", "required", "must be given unless role is WORKER"));
                }
                if (member.workerId() != null) {
                    errors.add(new FieldError(at + "workerId", "not-applicable", "only a WORKER has a workerId"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("The team is inconsistent.", errors);
        }
    }

    /** The team with its version, which If-Match names (0 before it is first set). */
    public record Team(int version, List<Member> members) {
    }

    /** A team member as given, or as shown (clear to the lead worker, masked to anyone else). */
    public record Member(TeamRole role, String workerId, String name, String phone) {
    }
}
