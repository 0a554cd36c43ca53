package org.youthjustice.procurement.ocds;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * The parts of the Open Contracting Data Standard 1.1 release schema that procurement-service fills: organisations
 * (by code, name and identifier), amounts, periods and statuses; never a person. Empty members are left out, as
 * OCDS asks. Dates are date-times in China's zone, to the second.
 */
public final class Ocds {

    /** The OCDS schema version of every package. */
    public static final String VERSION = "1.1";

    private Ocds() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"uri", "version", "publishedDate", "publisher", "releases", "page", "size", "total"})
    @Schema(name = "OcdsReleasePackage", description = "An OCDS 1.1 release package; page, size and total only on a "
            + "page of GET /ocds/releases (additional members, which the package schema allows)")
    public record ReleasePackage(String uri, String version, String publishedDate, Publisher publisher,
            List<Release> releases, Integer page, Integer size, Long total) {
    }

    @Schema(name = "OcdsPublisher")
    public record Publisher(String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"ocid", "id", "date", "tag", "initiationType", "parties", "buyer", "planning", "tender",
            "awards", "contracts"})
    @Schema(name = "OcdsRelease")
    public record Release(String ocid, String id, String date, List<String> tag, String initiationType,
            List<Organization> parties, OrganizationReference buyer, Planning planning, Tender tender,
            List<Award> awards, List<Contract> contracts) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OcdsOrganization")
    public record Organization(String id, String name, Identifier identifier, List<String> roles) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OcdsIdentifier")
    public record Identifier(String scheme, String id, String legalName) {
    }

    @Schema(name = "OcdsOrganizationReference")
    public record OrganizationReference(String id, String name) {
    }

    @Schema(name = "OcdsPlanning")
    public record Planning(Budget budget) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OcdsBudget")
    public record Budget(String id, String description, Value amount) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "title", "status", "procuringEntity", "items", "value", "procurementMethod",
            "procurementMethodDetails", "mainProcurementCategory", "contractPeriod"})
    @Schema(name = "OcdsTender")
    public record Tender(String id, String title, String status, OrganizationReference procuringEntity,
            List<Item> items, Value value, String procurementMethod, String procurementMethodDetails,
            String mainProcurementCategory, Period contractPeriod) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "title", "status", "date", "value", "suppliers", "items", "contractPeriod", "amendments"})
    @Schema(name = "OcdsAward")
    public record Award(String id, String title, String status, String date, Value value,
            List<OrganizationReference> suppliers, List<Item> items, Period contractPeriod, List<Amendment> amendments) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "awardID", "title", "status", "period", "value", "items", "amendments", "implementation"})
    @Schema(name = "OcdsContract")
    public record Contract(String id, String awardID, String title, String status, Period period, Value value,
            List<Item> items, List<Amendment> amendments, Implementation implementation) {
    }

    /** A change of the terms: its number, when, which terms changed, and the releases before and after it. */
    @Schema(name = "OcdsAmendment")
    public record Amendment(String id, String date, String rationale, String amendsReleaseID, String releaseID) {
    }

    @Schema(name = "OcdsImplementation")
    public record Implementation(List<Transaction> transactions) {
    }

    @Schema(name = "OcdsTransaction")
    public record Transaction(String id, String date, Value value, OrganizationReference payer,
            OrganizationReference payee) {
    }

    /** What is bought: the funded social-worker posts, priced per post-year. */
    @Schema(name = "OcdsItem")
    public record Item(String id, String description, int quantity, Unit unit) {
    }

    @Schema(name = "OcdsUnit")
    public record Unit(String name, Value value) {
    }

    @Schema(name = "OcdsValue")
    public record Value(BigDecimal amount, String currency) {
    }

    @Schema(name = "OcdsPeriod")
    public record Period(String startDate, String endDate) {
    }
}
