package org.youthjustice.procurement.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.fge.jsonschema.core.exceptions.ProcessingException;
import com.github.fge.jsonschema.core.load.configuration.LoadingConfiguration;
import com.github.fge.jsonschema.core.report.ProcessingMessage;
import com.github.fge.jsonschema.core.report.ProcessingReport;
import com.github.fge.jsonschema.main.JsonSchema;
import com.github.fge.jsonschema.main.JsonSchemaFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Checks an OCDS release package against the copy of OCDS 1.1 in {@code src/test/resources/ocds-1.1} (schemas and
 * codelists, from the Open Contracting Partnership, see its README): the package schema, with the release schema it
 * refers to by its public URL loaded from the copy (nothing is fetched), and every codelist value the service emits
 * against the codelist's CSV.
 */
final class OcdsDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FOLDER = "ocds-1.1/";
    private static final JsonSchema PACKAGE = packageSchema();

    private OcdsDocuments() {
    }

    /** What the package schema finds wrong with {@code releasePackage}; empty when it is valid. */
    static List<String> schemaViolations(JsonNode releasePackage) {
        try {
            ProcessingReport report = PACKAGE.validate(releasePackage, true);
            List<String> violations = new ArrayList<>();
            for (ProcessingMessage message : report) {
                violations.add(message.asJson().toString());
            }
            return report.isSuccess() ? List.of() : violations;
        } catch (ProcessingException e) {
            throw new IllegalStateException("the OCDS schema could not be applied", e);
        }
    }

    /** The codelist values in {@code releasePackage} that their codelist does not hold, with where they are. */
    static List<String> codelistViolations(JsonNode releasePackage) {
        List<String> violations = new ArrayList<>();
        for (JsonNode release : releasePackage.path("releases")) {
            String at = release.path("id").asText();
            check(violations, at + " tag", "releaseTag", release.path("tag"));
            check(violations, at + " initiationType", "initiationType", release.path("initiationType"));
            release.path("parties").forEach(party -> check(violations, at + " roles", "partyRole", party.path("roles")));
            JsonNode tender = release.path("tender");
            check(violations, at + " tender.status", "tenderStatus", tender.path("status"));
            check(violations, at + " procurementMethod", "method", tender.path("procurementMethod"));
            check(violations, at + " mainProcurementCategory", "procurementCategory",
                    tender.path("mainProcurementCategory"));
            release.path("awards").forEach(award -> check(violations, at + " award status", "awardStatus",
                    award.path("status")));
            release.path("contracts").forEach(contract -> check(violations, at + " contract status",
                    "contractStatus", contract.path("status")));
            currencies(release, currency -> check(violations, at + " currency", "currency", currency));
        }
        return violations;
    }

    private static void currencies(JsonNode node, Consumer<JsonNode> each) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("currency")) {
                    each.accept(field.getValue());
                } else {
                    currencies(field.getValue(), each);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> currencies(element, each));
        }
    }

    private static void check(List<String> violations, String where, String codelist, JsonNode values) {
        if (values.isMissingNode()) {
            return;
        }
        Set<String> codes = codes(codelist);
        for (JsonNode value : values.isArray() ? values : List.of(values)) {
            if (!codes.contains(value.asText())) {
                violations.add(where + ": " + value + " is not in " + codelist + ".csv");
            }
        }
    }

    /** The first column (Code) of a codelist CSV; codes never contain commas or quotes. */
    static Set<String> codes(String codelist) {
        try (InputStream csv = resource(FOLDER + "codelists/" + codelist + ".csv");
                BufferedReader lines = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            Set<String> codes = new HashSet<>();
            lines.lines().skip(1).map(line -> line.split(",", 2)[0]).forEach(codes::add);
            return codes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema packageSchema() {
        try {
            LoadingConfiguration loading = LoadingConfiguration.newBuilder()
                    .preloadSchema(read(FOLDER + "release-schema.json")).freeze();
            return JsonSchemaFactory.newBuilder().setLoadingConfiguration(loading).freeze()
                    .getJsonSchema(read(FOLDER + "release-package-schema.json"));
        } catch (ProcessingException e) {
            throw new IllegalStateException("the OCDS package schema could not be loaded", e);
        }
    }

    private static JsonNode read(String name) {
        try (InputStream json = resource(name)) {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream stream = OcdsDocuments.class.getClassLoader().getResourceAsStream(name);
        if (stream == null) {
            throw new IllegalStateException(name + " is not on the test classpath");
        }
        return stream;
    }
}
