package org.youthjustice.procurement.rest;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.youthjustice.procurement.domain.ContractPayment;
import org.youthjustice.procurement.domain.ContractStatus;
import org.youthjustice.procurement.domain.ContractStatusChange;
import org.youthjustice.procurement.domain.ContractTerms;
import org.youthjustice.procurement.domain.DepartmentKind;
import org.youthjustice.procurement.domain.Milestone;
import org.youthjustice.procurement.domain.Provider;
import org.youthjustice.procurement.domain.PurchaseMode;
import org.youthjustice.procurement.domain.PurchasingDepartment;
import org.youthjustice.procurement.domain.ServiceContract;
import org.youthjustice.procurement.domain.ServiceType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * Departments, providers, contracts, status changes, amendments and payments written straight into the database, as
 * the contracts, payments and agency replica would write them, for the tests of what reads them (OCDS, statistics).
 * Every code and number is fresh, so tests do not see each other's rows.
 */
@ApplicationScoped
@Transactional
public class ContractRows {

    private static final String CREDIT_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** A fresh department code in {@code region}: {@code DP-<region>-<random>}. */
    public static String departmentCode(String region) {
        return "DP-" + region + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A fresh contract number. */
    public static String contractNumber() {
        return "T-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase();
    }

    public String department(String code, String name, String regionCode, String by) {
        PurchasingDepartment department = new PurchasingDepartment();
        department.code = code;
        department.name = name;
        department.kind = DepartmentKind.JUSTICE_BUREAU;
        department.regionCode = regionCode;
        department.createdAt = Instant.now();
        department.createdBy = by;
        department.persist();
        return code;
    }

    public String provider(String name, String regionCode) {
        StringBuilder code = new StringBuilder("52").append(regionCode);
        while (code.length() < 18) {
            code.append(CREDIT_CHARACTERS.charAt(ThreadLocalRandom.current().nextInt(CREDIT_CHARACTERS.length())));
        }
        Provider provider = new Provider();
        provider.creditCode = code.toString();
        provider.name = name;
        provider.regionCode = regionCode;
        provider.status = "ACTIVE";
        provider.registeredAt = Instant.now();
        provider.persist();
        return provider.creditCode;
    }

    /** A contract in DRAFT with its terms as version 1: budget all fiscal, posts × unit cost for the period. */
    public UUID draft(String number, String purchaser, String provider, ServiceType type, PurchaseMode mode,
            int posts, String budget, LocalDate start, LocalDate end, Instant at, String by) {
        ServiceContract contract = new ServiceContract();
        contract.id = UUID.randomUUID();
        contract.number = number;
        contract.title = "Social work " + number;
        contract.purchaserCode = purchaser;
        contract.providerCode = provider;
        contract.purchaseMode = mode;
        contract.serviceType = type;
        contract.status = ContractStatus.DRAFT;
        contract.termsVersion = 1;
        contract.createdAt = at;
        contract.createdBy = by;
        contract.persist();

        ContractTerms terms = new ContractTerms();
        terms.contractId = contract.id;
        terms.version = 1;
        terms.periodStart = start;
        terms.periodEnd = end;
        terms.fundedPosts = posts;
        terms.unitCostPerPostYear = new BigDecimal("100000.00");
        terms.clientRatio = 20;
        terms.budget = new BigDecimal(budget);
        terms.fiscalAmount = new BigDecimal(budget);
        terms.charitableAmount = BigDecimal.ZERO;
        terms.otherAmount = BigDecimal.ZERO;
        terms.sites = List.of("JO-440104-01");
        terms.changedAt = at;
        terms.changedBy = by;
        terms.persist();

        record(contract.id, null, ContractStatus.DRAFT, "drafted", at, by);
        return contract.id;
    }

    public void move(UUID id, ContractStatus to, String reason, Instant at, String by) {
        ServiceContract contract = ServiceContract.findById(id);
        record(id, contract.status, to, reason, at, by);
        contract.status = to;
    }

    /** The next version of the terms, changed by {@code change}, with its reason. */
    public void amend(UUID id, Consumer<ContractTerms> change, String reason, Instant at, String by) {
        ServiceContract contract = ServiceContract.findById(id);
        ContractTerms next = contract.terms().nextVersion(reason, at, by);
        change.accept(next);
        next.persist();
        contract.termsVersion = next.version;
    }

    /** An instalment planned and, when {@code paidAmount} is given, paid on {@code paidOn}. */
    public void payment(UUID id, int instalment, String plannedAmount, String paidAmount, LocalDate paidOn,
            Instant paidAt, String by) {
        ContractPayment payment = new ContractPayment();
        payment.id = UUID.randomUUID();
        payment.contractId = id;
        payment.instalment = instalment;
        payment.milestone = instalment == 1 ? Milestone.SIGNING : Milestone.MID_TERM;
        payment.plannedAmount = new BigDecimal(plannedAmount);
        payment.plannedOn = paidOn;
        payment.createdAt = paidAt.minusSeconds(3600);
        payment.createdBy = by;
        if (paidAmount != null) {
            payment.paidAmount = new BigDecimal(paidAmount);
            payment.paidOn = paidOn;
            payment.paidAt = paidAt;
            payment.paidBy = by;
        }
        payment.persist();
    }

    /** A posting of a worker of {@code agency} at {@code site}, as the coverage projection keeps worker.posted. */
    public void posting(String agency, String site, String fraction, LocalDate from, LocalDate lastDay) {
        Panache.getEntityManager().createNativeQuery("""
                        insert into coverage_posting (posting_id, agency_code, site_code, fraction, starts_on,
                                                      posted_last_day, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, now())""")
                .setParameter(1, ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE)).setParameter(2, agency)
                .setParameter(3, site).setParameter(4, new BigDecimal(fraction)).setParameter(5, from)
                .setParameter(6, lastDay).executeUpdate();
    }

    private static void record(UUID id, ContractStatus from, ContractStatus to, String reason, Instant at, String by) {
        ContractStatusChange change = new ContractStatusChange();
        change.contractId = id;
        change.fromStatus = from;
        change.toStatus = to;
        change.reason = reason;
        change.changedAt = at;
        change.changedBy = by;
        change.persist();
    }
}
