package org.youthjustice.benchmarks;

import java.util.Map;

/**
 * The variables of a benchmark run: the suite's {@code YJS_*_PORT} (defaults of deploy/local) and the
 * benchmark's own {@code BENCH_*}. A value that is not a number stops the run before anything is sent.
 */
public final class Settings {

    public static final String HOST = "127.0.0.1";

    private final Map<String, String> environment;

    public Settings(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    public static Settings fromEnvironment() {
        return new Settings(System.getenv());
    }

    public String url(String portVariable, int defaultPort) {
        return "http://" + HOST + ":" + integer(portVariable, defaultPort);
    }

    public int integer(String variable, int defaultValue) {
        return integer(variable, defaultValue, 1);
    }

    /** A count that may be 0, e.g. of warm-up rounds. */
    public int count(String variable, int defaultValue) {
        return integer(variable, defaultValue, 0);
    }

    private int integer(String variable, int defaultValue, int least) {
        String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < least) {
                throw new IllegalArgumentException(variable + " must be at least " + least + ", was " + parsed);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " must be a whole number, was '" + value + "'");
        }
    }

    public double decimal(String variable, double defaultValue) {
        String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            double parsed = Double.parseDouble(value.trim());
            if (!(parsed > 0) || Double.isInfinite(parsed)) {
                throw new IllegalArgumentException(variable + " must be above 0, was " + parsed);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " must be a number, was '" + value + "'");
        }
    }

    public String text(String variable, String defaultValue) {
        String value = environment.get(variable);
        return value == null || value.isBlank() ? defaultValue : value.trim();
    }

    /** The Keycloak realm of the local run. */
    public String tokenUrl() {
        return url("YJS_KEYCLOAK_PORT", 8180) + "/realms/youth-justice/protocol/openid-connect/token";
    }

    public String caseServiceUrl() {
        return url("YJS_CASE_PORT", 8081);
    }

    public String workerServiceUrl() {
        return url("YJS_WORKER_PORT", 8082);
    }

    public String kafkaBootstrapServers() {
        return HOST + ":" + integer("YJS_KAFKA_PORT", 9092);
    }

    /** The case-service database of the local run (deploy/local's LocalPostgres and ServiceModule). */
    public String casesJdbcUrl() {
        return jdbcUrl("cases");
    }

    /** The worker-service database of the local run. */
    public String workersJdbcUrl() {
        return jdbcUrl("workers");
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://" + HOST + ":" + integer("YJS_POSTGRES_PORT", 15432) + "/" + database;
    }
}
