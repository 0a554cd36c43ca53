package org.youthjustice.procurement.ocds;

import org.youthjustice.procurement.domain.ContractPayment;
import org.youthjustice.procurement.domain.ContractStatus;
import org.youthjustice.procurement.domain.ContractStatusChange;
import org.youthjustice.procurement.domain.ContractTerms;
import org.youthjustice.procurement.domain.Money;
import org.youthjustice.procurement.domain.PurchaseMode;
import org.youthjustice.procurement.domain.ServiceType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A contract's OCDS releases, one per step of its contracting process, each the state of its section at the step's
 * time, so that a release never changes once published and merging them in order gives the compiled release:
 *
 * <ul>
 *   <li>{@code tender} (or {@code tenderCancellation}): the tender as it left DRAFT, dated then (the service does
 *       not run tenders, so the tender appears with its outcome);</li>
 *   <li>{@code award}, then {@code awardUpdate} for each amendment before activation;</li>
 *   <li>{@code contract} on activation, then {@code contractAmendment} for each amendment while active;</li>
 *   <li>{@code implementation} for the first paid instalment, {@code implementationUpdate} for each next one;</li>
 *   <li>{@code contractTermination} when an active contract closes or ends early, {@code awardCancellation} when an
 *       awarded one is terminated before activation.</li>
 * </ul>
 *
 * Release ids are the OCID and the step ({@code ocds-yjs000-GZ-JUS-2026-001-amendment-2}): unique and stable.
 * Organisations appear by code, name and identifier; who acted and the free-text reasons never appear.
 */
public final class ContractReleases {

    /** The unified social-credit code (统一社会信用代码, GB 32100-2015), which every Chinese organisation holds. */
    static final String CREDIT_CODE_SCHEME = "CN-USCC";
    static final String SERVICES = "services";

    private final String ocidPrefix;

    public ContractReleases(String ocidPrefix) {
        this.ocidPrefix = Objects.requireNonNull(ocidPrefix);
    }

    public String ocid(String contractNumber) {
        return ocidPrefix + "-" + contractNumber;
    }

    /** Every release of a contract that has left DRAFT, oldest first. */
    public List<Ocds.Release> releases(ContractHistory history) {
        Process process = new Process(history);
        return process.steps.stream().map(process::release).toList();
    }

    /**
     * The compiled release: the state of every section after the last step, tagged {@code compiled}, its id naming
     * the number of steps merged (so it changes exactly when a new release appears).
     */
    public Ocds.Release compiled(ContractHistory history) {
        return new Process(history).compiled();
    }

    private enum Kind { TENDER, AWARD, AWARD_AMENDMENT, CONTRACT, CONTRACT_AMENDMENT, PAYMENT, END }

    private record Step(Kind kind, Instant at, String name, String tag, ContractTerms amendment) {
    }

    /** One contract's steps and the state of each section at any time. */
    private final class Process {

        private final ContractHistory history;
        private final String ocid;
        private final ContractStatusChange leftDraft;
        private final Optional<Instant> awarded;
        private final Optional<Instant> activated;
        private final Optional<ContractStatusChange> ending;
        private final List<Step> steps = new ArrayList<>();

        Process(ContractHistory history) {
            this.history = history;
            this.ocid = ocid(history.contract().number);
            this.leftDraft = history.leftDraft()
                    .orElseThrow(() -> new IllegalArgumentException("a contract in DRAFT is not published"));
            this.awarded = history.reached(ContractStatus.AWARDED);
            this.activated = history.reached(ContractStatus.ACTIVE);
            this.ending = history.ending();
            collectSteps();
        }

        private void collectSteps() {
            boolean cancelled = leftDraft.toStatus == ContractStatus.TERMINATED;
            steps.add(new Step(Kind.TENDER, leftDraft.changedAt, "tender", cancelled ? "tenderCancellation" : "tender",
                    null));
            awarded.ifPresent(at -> steps.add(new Step(Kind.AWARD, at, "award", "award", null)));
            activated.ifPresent(at -> steps.add(new Step(Kind.CONTRACT, at, "contract", "contract", null)));
            for (ContractTerms version : history.terms().subList(1, history.terms().size())) {
                String name = "amendment-" + (version.version - 1);
                switch (history.statusAt(version.changedAt)) {
                    case AWARDED -> steps.add(new Step(Kind.AWARD_AMENDMENT, version.changedAt, name, "awardUpdate",
                            version));
                    case ACTIVE -> steps.add(new Step(Kind.CONTRACT_AMENDMENT, version.changedAt, name,
                            "contractAmendment", version));
                    default -> {
                        // a change while drafting is part of the tender as it left DRAFT
                    }
                }
            }
            for (ContractPayment payment : history.payments()) {
                steps.add(new Step(Kind.PAYMENT, ContractHistory.paidAt(payment), "payment-" + payment.instalment,
                        payment == history.payments().get(0) ? "implementation" : "implementationUpdate", null));
            }
            ending.ifPresent(end -> steps.add(end.fromStatus == ContractStatus.AWARDED
                    ? new Step(Kind.END, end.changedAt, "award-cancellation", "awardCancellation", null)
                    : new Step(Kind.END, end.changedAt, "termination", "contractTermination", null)));
            steps.sort(Comparator.comparing(Step::at).thenComparing(Step::kind));
        }

        private String releaseId(Step step) {
            return ocid + "-" + step.name();
        }

        Ocds.Release release(Step step) {
            Instant at = step.at();
            boolean tender = step.kind() == Kind.TENDER;
            boolean award = step.kind() == Kind.AWARD || step.kind() == Kind.AWARD_AMENDMENT
                    || "awardCancellation".equals(step.tag());
            boolean contract = !tender && step.kind() != Kind.AWARD && step.kind() != Kind.AWARD_AMENDMENT;
            return new Ocds.Release(ocid, releaseId(step), OcdsDates.of(at), List.of(step.tag()), "tender",
                    parties(at), buyer(), tender ? planning() : null, tender ? tender() : null,
                    award ? List.of(award(at)) : null, contract ? contracts(at) : null);
        }

        Ocds.Release compiled() {
            Instant at = steps.get(steps.size() - 1).at();
            return new Ocds.Release(ocid, ocid + "-compiled-" + steps.size(), OcdsDates.of(at), List.of("compiled"),
                    "tender", parties(at), buyer(), planning(), tender(),
                    awarded.isPresent() ? List.of(award(at)) : null, contracts(at));
        }

        private List<Ocds.Organization> parties(Instant at) {
            boolean paid = history.paidBy(at);
            List<Ocds.Organization> parties = new ArrayList<>();
            List<String> purchaserRoles = new ArrayList<>(List.of("buyer", "procuringEntity"));
            if (paid) {
                purchaserRoles.add("payer");
            }
            parties.add(new Ocds.Organization(history.purchaser().code, history.purchaser().name, null,
                    purchaserRoles));
            if (awarded.filter(awardedAt -> !awardedAt.isAfter(at)).isPresent()) {
                List<String> providerRoles = new ArrayList<>(List.of("supplier"));
                if (paid) {
                    providerRoles.add("payee");
                }
                parties.add(new Ocds.Organization(providerId(), history.provider().name,
                        new Ocds.Identifier(CREDIT_CODE_SCHEME, history.provider().creditCode, history.provider().name),
                        providerRoles));
            }
            return parties;
        }

        private String providerId() {
            return CREDIT_CODE_SCHEME + "-" + history.provider().creditCode;
        }

        private Ocds.OrganizationReference buyer() {
            return new Ocds.OrganizationReference(history.purchaser().code, history.purchaser().name);
        }

        private Ocds.OrganizationReference supplier() {
            return new Ocds.OrganizationReference(providerId(), history.provider().name);
        }

        private ContractTerms tendered() {
            return history.termsAt(leftDraft.changedAt);
        }

        private Ocds.Planning planning() {
            ContractTerms terms = tendered();
            return new Ocds.Planning(new Ocds.Budget(null, "Funding: fiscal " + terms.fiscalAmount + " CNY, charitable "
                    + terms.charitableAmount + " CNY, other " + terms.otherAmount + " CNY", value(terms)));
        }

        private Ocds.Tender tender() {
            ContractTerms terms = tendered();
            PurchaseMode mode = history.contract().purchaseMode;
            return new Ocds.Tender(history.contract().number, history.contract().title,
                    leftDraft.toStatus == ContractStatus.TERMINATED ? "cancelled" : "complete", buyer(), items(terms),
                    value(terms), procurementMethod(mode), procurementMethodDetails(mode), SERVICES, period(terms));
        }

        private String awardId() {
            return history.contract().number + "-award";
        }

        private Ocds.Award award(Instant at) {
            Instant awardTermsAt = activated.filter(activatedAt -> activatedAt.isBefore(at)).orElse(at);
            ContractTerms terms = history.termsAt(awardTermsAt);
            boolean cancelled = ending.filter(end -> end.fromStatus == ContractStatus.AWARDED
                    && !end.changedAt.isAfter(at)).isPresent();
            return new Ocds.Award(awardId(), history.contract().title, cancelled ? "cancelled" : "active",
                    OcdsDates.of(awarded.orElseThrow()), value(terms), List.of(supplier()), items(terms),
                    period(terms), amendments(Kind.AWARD_AMENDMENT, at));
        }

        /** The contract at {@code at}, once it is active or has been paid on; none before. */
        private List<Ocds.Contract> contracts(Instant at) {
            boolean exists = activated.filter(activatedAt -> !activatedAt.isAfter(at)).isPresent()
                    || history.paidBy(at);
            if (!exists) {
                return null;
            }
            ContractTerms terms = history.termsAt(at);
            List<Ocds.Transaction> transactions = history.payments().stream()
                    .filter(payment -> !ContractHistory.paidAt(payment).isAfter(at)).map(this::transaction).toList();
            return List.of(new Ocds.Contract(history.contract().number, awardId(), history.contract().title,
                    contractStatus(at), period(terms), value(terms), items(terms),
                    amendments(Kind.CONTRACT_AMENDMENT, at),
                    transactions.isEmpty() ? null : new Ocds.Implementation(transactions)));
        }

        /** OCDS contract statuses: pending until active; terminated once closed or ended, cancelled if never active. */
        private String contractStatus(Instant at) {
            return switch (history.statusAt(at)) {
                case DRAFT, AWARDED -> "pending";
                case ACTIVE -> "active";
                case CLOSED -> "terminated";
                case TERMINATED -> activated.filter(activatedAt -> !activatedAt.isAfter(at)).isPresent()
                        ? "terminated" : "cancelled";
            };
        }

        private Ocds.Transaction transaction(ContractPayment payment) {
            return new Ocds.Transaction("instalment-" + payment.instalment, OcdsDates.firstSecondOf(payment.paidOn),
                    new Ocds.Value(Money.fen(payment.paidAmount), Money.CURRENCY), buyer(), supplier());
        }

        /** The amendments of one stage made by {@code at}; null when there are none. */
        private List<Ocds.Amendment> amendments(Kind kind, Instant at) {
            List<Ocds.Amendment> amendments = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                if (step.kind() == kind && !step.at().isAfter(at)) {
                    ContractTerms version = step.amendment();
                    amendments.add(new Ocds.Amendment(String.valueOf(version.version - 1), OcdsDates.of(step.at()),
                            rationale(version), releaseId(steps.get(i - 1)), releaseId(step)));
                }
            }
            return amendments.isEmpty() ? null : amendments;
        }

        /**
         * A generic rationale naming the terms that changed. The officer's own reason is free text that may name a
         * person (a worker who left, a client), so it stays with the purchaser.
         */
        private String rationale(ContractTerms version) {
            ContractTerms before = history.terms().get(version.version - 2);
            List<String> changed = new ArrayList<>();
            if (!before.periodStart.equals(version.periodStart) || !before.periodEnd.equals(version.periodEnd)) {
                changed.add("period");
            }
            if (before.fundedPosts != version.fundedPosts) {
                changed.add("funded posts");
            }
            if (before.budget.compareTo(version.budget) != 0 || before.fiscalAmount.compareTo(version.fiscalAmount) != 0
                    || before.charitableAmount.compareTo(version.charitableAmount) != 0
                    || before.otherAmount.compareTo(version.otherAmount) != 0) {
                changed.add("budget and funding");
            }
            if (!before.sites.equals(version.sites)) {
                changed.add("sites served");
            }
            return "Amendment of the contract's terms: " + (changed.isEmpty() ? "terms" : String.join(", ", changed))
                    + ". The stated reason is kept by the purchaser.";
        }

        private List<Ocds.Item> items(ContractTerms terms) {
            return List.of(new Ocds.Item("posts", itemDescription(history.contract().serviceType), terms.fundedPosts,
                    new Ocds.Unit("post-year", new Ocds.Value(Money.fen(terms.unitCostPerPostYear), Money.CURRENCY))));
        }
    }

    private static Ocds.Value value(ContractTerms terms) {
        return new Ocds.Value(Money.fen(terms.budget), Money.CURRENCY);
    }

    private static Ocds.Period period(ContractTerms terms) {
        return new Ocds.Period(OcdsDates.firstSecondOf(terms.periodStart), OcdsDates.lastSecondOf(terms.periodEnd));
    }

    /**
     * The closed method codelist by purchase mode, as such purchases are usually let (the service does not record
     * how the provider was chosen): a project (项目购买) is tendered openly ({@code open}); posts (岗位购买) are let
     * among agencies qualified to staff them, registered social-work organisations with certified workers
     * ({@code selective}).
     */
    static String procurementMethod(PurchaseMode mode) {
        return switch (mode) {
            case BY_PROJECT -> "open";
            case BY_POST -> "selective";
        };
    }

    private static String procurementMethodDetails(PurchaseMode mode) {
        return switch (mode) {
            case BY_PROJECT -> "Purchase by project (项目购买)";
            case BY_POST -> "Purchase by post (岗位购买)";
        };
    }

    private static String itemDescription(ServiceType type) {
        return switch (type) {
            case JUDICIAL_SOCIAL_WORK -> "Judicial social work (司法社会工作): funded social-worker posts";
            case YOUTH_AFFAIRS_SOCIAL_WORK -> "Youth-affairs social work (青少年事务社会工作): funded social-worker posts";
        };
    }
}
