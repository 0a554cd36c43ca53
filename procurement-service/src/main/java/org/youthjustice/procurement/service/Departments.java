package org.youthjustice.procurement.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageRequest;
import org.youthjustice.platform.problem.ProblemException;
import org.youthjustice.procurement.domain.DepartmentKind;
import org.youthjustice.procurement.domain.PurchasingDepartment;

import java.time.Clock;
import java.time.Instant;

/** The purchasing departments: registered by admins, read by everyone who works with contracts. */
@ApplicationScoped
@Transactional
public class Departments {

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public PurchasingDepartment register(String code, String name, DepartmentKind kind, String regionCode) {
        if (PurchasingDepartment.findById(code) != null) {
            throw ProblemException.conflict("A purchasing department with code " + code + " is already registered.");
        }
        PurchasingDepartment department = new PurchasingDepartment();
        department.code = code;
        department.name = name.strip();
        department.kind = kind;
        department.regionCode = regionCode;
        department.createdAt = Instant.now(clock);
        department.createdBy = caller.subject();
        department.persist();
        return department;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PurchasingDepartment find(String code) {
        return PurchasingDepartment.<PurchasingDepartment>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("No purchasing department " + code + "."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PurchasingDepartment> list(PageRequest page) {
        return Page.of(PurchasingDepartment.findAll(Sort.by("code")), page);
    }
}
