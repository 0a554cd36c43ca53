package org.youthjustice.systemtests;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Whom a worker leads, as each service knows it: case-service's assignments and worker-service's projection. */
final class Caseload {

    private Caseload() {
    }

    /**
     * The references in the worker's caseload in worker-service, each as often as it is listed.
     *
     * @param admin admin.ops, calling worker-service
     */
    static List<String> inWorkerService(Caller admin, String workerId) throws IOException {
        Caller.Answer caseload = admin.get("/workers/" + workerId + "/caseload");
        if (caseload.status() != 200) {
            throw new IOException("the caseload of " + workerId + " answered " + caseload.status());
        }
        List<String> references = new ArrayList<>();
        caseload.body().path("caseReferences").forEach(entry -> references.add(entry.path("reference").asText()));
        return references;
    }

    /**
     * The references of the cases that case-service says the worker leads.
     *
     * @param admin admin.ops, calling case-service
     */
    static List<String> inCaseService(Caller admin, String workerId) throws IOException {
        List<String> references = new ArrayList<>();
        for (int page = 0; ; page++) {
            Caller.Answer cases = admin.get("/cases?worker=" + workerId + "&sort=reference&size=100&page=" + page);
            if (cases.status() != 200) {
                throw new IOException("the cases of " + workerId + " answered " + cases.status());
            }
            cases.body().path("items").forEach(item -> references.add(item.path("reference").asText()));
            if (cases.body().path("items").size() < 100) {
                return references;
            }
        }
    }
}
