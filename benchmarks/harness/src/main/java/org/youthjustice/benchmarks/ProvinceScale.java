package org.youthjustice.benchmarks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.youthjustice.platform.time.ServiceZone;

/**
 * Generates the province of issue 16, item 3 in a running local suite: {@code BENCH_PROVINCE_CASES} cases (1,000,000)
 * referred through case-service's own bulk path ({@code POST /case-imports}, 1,000 a request, half by court.liu of
 * CT-440104, half by court.he of CT-440106, spread evenly over the {@link Province} offices, one in five a prevention
 * case), then shaped by {@code cases.sql} into assignments, visits, services and risk assessments; and the open cases'
 * leads staged in worker-service's database for {@code workers.sql} (run by the run script with psql: 100,000 workers
 * in 1,000 agencies with those caseloads). Resumable: it refers only the cases still missing, and cases.sql shapes
 * only the cases it has not shaped before.
 *
 * <p>Arguments: the directory of the two scripts. Variables: {@code YJS_*_PORT} as for deploy/local;
 * {@code BENCH_PROVINCE_CASES} (1000000), {@code BENCH_CLIENTS} (2).
 */
public final class ProvinceScale {

    private static final int IMPORT_SIZE = 1_000;
    private static final String[] COURT_USERS = {"court.liu", "court.he"};
    private static final String[] REFERRAL_SOURCES = {"SCHOOL", "POLICE", "COMMUNITY"};
    /** deploy/local's owner roles of the two databases and their local demo password (ServiceModule). */
    private static final String CASES_OWNER = "case_service_owner";
    private static final String WORKERS_OWNER = "worker_service_owner";
    private static final String DB_PASSWORD = "local-demo";

    private ProvinceScale() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ProvinceScale <directory of cases.sql and workers.sql>");
        }
        Path scripts = Path.of(args[0]);
        Settings settings = Settings.fromEnvironment();
        int target = settings.integer("BENCH_PROVINCE_CASES", 1_000_000);
        int clients = settings.integer("BENCH_CLIENTS", 2);

        try (Connection cases = DriverManager.getConnection(settings.casesJdbcUrl(), CASES_OWNER, DB_PASSWORD);
             Connection workers = DriverManager.getConnection(settings.workersJdbcUrl(), WORKERS_OWNER,
                     DB_PASSWORD)) {
            int missing = target - generatedCases(cases);
            if (missing > 0) {
                refer(settings, missing, clients);
            }
            log("generated cases: " + generatedCases(cases));
            loadProvince(cases);
            run(cases, scripts.resolve("cases.sql"));
            try (Statement vacuum = cases.createStatement()) {
                vacuum.execute("vacuum analyze");
            }
            stageAssignments(cases, workers);
            log("done; now workers.sql in worker-service's database (the run script runs it with psql)");
        }
    }

    private static int generatedCases(Connection cases) throws SQLException {
        try (PreparedStatement count = cases.prepareStatement(
                "select count(*) from juvenile_case where grid_code = ?")) {
            count.setString(1, Province.GRID);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** Refers {@code count} cases (rounded up to whole imports) from {@code clients} concurrent clients. */
    private static void refer(Settings settings, int count, int clients) throws Exception {
        var http = ApiClient.newHttpClient();
        ApiClient api = new ApiClient(http, new KeycloakTokens(http, settings.tokenUrl()), Duration.ofMinutes(10));
        String url = settings.caseServiceUrl() + "/case-imports";
        Random random = new Random();
        FictionalReferrals referrals = new FictionalReferrals(random, LocalDate.now(ServiceZone.ZONE));
        List<String> offices = Province.offices();
        int imports = (count + IMPORT_SIZE - 1) / IMPORT_SIZE;
        log("referring " + imports * IMPORT_SIZE + " cases in " + imports + " imports from " + clients + " clients");
        AtomicInteger next = new AtomicInteger();
        AtomicInteger created = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new java.util.ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < imports; i = next.getAndIncrement()) {
                    ObjectNode body = ApiClient.JSON.createObjectNode();
                    ArrayNode items = body.putArray("items");
                    for (int item = 0; item < IMPORT_SIZE; item++) {
                        String office = offices.get(random.nextInt(offices.size()));
                        ObjectNode referral = random.nextInt(5) == 0
                                ? referrals.prevention(office, REFERRAL_SOURCES[random.nextInt(3)])
                                : referrals.correction(office, 7);
                        items.add(referral.put("gridCode", Province.GRID));
                    }
                    var answer = api.send("POST", url, COURT_USERS[i % 2], body, null).expect(200, "an import");
                    int done = created.addAndGet((int) answer.json().path("items").findValues("status").stream()
                            .filter(status -> status.asInt() == 201).count());
                    if (i % 20 == 0) {
                        log(done + " referred, " + Markdown.number(done / ((System.nanoTime() - start) / 1e9), 0)
                                + " cases/s");
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        pool.shutdown();
    }

    /**
     * The lead of every open case, as worker-service's caseload projection would have it from case.assigned, in the
     * staging table workers.sql reads ({@code province_case_assignment}), replacing what an earlier run put there.
     */
    private static void stageAssignments(Connection cases, Connection workers) throws SQLException, IOException {
        log("staging the open cases' leads for workers.sql");
        workers.setAutoCommit(false);
        try (Statement ddl = workers.createStatement()) {
            ddl.execute("create table if not exists province_case_assignment (case_reference varchar(40), "
                    + "case_type varchar(16), risk_level varchar(8), worker_id varchar(12), agency_id varchar(18), "
                    + "office_code varchar(32), assigned_at timestamptz)");
            ddl.execute("truncate province_case_assignment");
        }
        Path rows = Files.createTempFile("province-assignments", ".tsv");
        try {
            try (var out = Files.newBufferedWriter(rows)) {
                new CopyManager(cases.unwrap(BaseConnection.class)).copyOut("copy (select c.reference, c.case_type, "
                        + "c.risk_level, c.assigned_worker_id, c.assigned_agency_id, c.office_code, a.assigned_at "
                        + "from juvenile_case c join case_assignment a on a.case_id = c.id and a.ended_at is null "
                        + "where c.assigned_worker_id is not null and c.status <> 'CLOSED') to stdout", out);
            }
            try (var in = Files.newBufferedReader(rows)) {
                long staged = new CopyManager(workers.unwrap(BaseConnection.class))
                        .copyIn("copy province_case_assignment from stdin", in);
                log(staged + " open cases staged");
            }
            workers.commit();
        } finally {
            workers.setAutoCommit(true);
            Files.deleteIfExists(rows);
        }
    }

    /** The offices and agencies of {@link Province}, in the tables the scripts read. */
    private static void loadProvince(Connection db) throws SQLException {
        db.setAutoCommit(false);
        try (Statement ddl = db.createStatement()) {
            ddl.execute("create table if not exists province_office (idx int primary key, code varchar(40) not null)");
            ddl.execute("create table if not exists province_agency (idx int primary key, credit_code varchar(18) "
                    + "not null)");
            ddl.execute("truncate province_office, province_agency");
        }
        List<String> offices = Province.offices();
        try (PreparedStatement office = db.prepareStatement("insert into province_office values (?, ?)")) {
            for (int i = 0; i < offices.size(); i++) {
                office.setInt(1, i);
                office.setString(2, offices.get(i));
                office.addBatch();
            }
            office.executeBatch();
        }
        try (PreparedStatement agency = db.prepareStatement("insert into province_agency values (?, ?)")) {
            for (int i = 0; i < Province.AGENCIES; i++) {
                agency.setInt(1, i);
                agency.setString(2, Province.agency(i));
                agency.addBatch();
            }
            agency.executeBatch();
        }
        db.commit();
    }

    /** Runs a script of plain SQL statements in one transaction. */
    private static void run(Connection db, Path script) throws IOException, SQLException {
        log("running " + script.getFileName());
        long start = System.nanoTime();
        db.setAutoCommit(false);
        try (Statement statement = db.createStatement()) {
            statement.execute(Files.readString(script));
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
        log(script.getFileName() + " done in " + Markdown.number((System.nanoTime() - start) / 1e9, 1) + " s");
    }

    private static void log(String message) {
        System.err.println("[province] " + message);
    }
}
