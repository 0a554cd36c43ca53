package org.youthjustice.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusReportTest {

    @Test
    void eachProcessIsJudgedByItsOwnChecks() {
        assertEquals(StatusReport.State.UP, StatusReport.state(true, true, true, true));
        assertEquals(StatusReport.State.NOT_READY, StatusReport.state(true, true, true, false));
        assertEquals(StatusReport.State.NO_ANSWER, StatusReport.state(true, false, false, false));
        assertEquals(StatusReport.State.DOWN, StatusReport.state(false, false, false, false));
    }

    @Test
    void anotherProgramOnAPartsPortIsNotTakenForThePart() {
        assertEquals(StatusReport.State.PORT_TAKEN, StatusReport.state(false, true, true, true));
    }

    @Test
    void theTableListsEveryProcessThenTheGatewayReadinessOnALineOfItsOwn() {
        String report = StatusReport.render("launcher: running (pid 100)", List.of(
                new StatusReport.Part("postgres", StatusReport.State.UP, 15432, Optional.of(101L)),
                new StatusReport.Part("case-service", StatusReport.State.DOWN, 8081, Optional.empty()),
                new StatusReport.Part("worker-service", StatusReport.State.NOT_READY, 8082, Optional.of(103L)),
                new StatusReport.Part("gateway", StatusReport.State.UP, 8080, Optional.of(104L))),
                "gateway readiness (every service behind it): DOWN, not ready: case");

        assertEquals("""
                launcher: running (pid 100)
                  part                   state      port   pid
                  postgres               up         15432  101
                  case-service           down       8081   -
                  worker-service         not ready  8082   103
                  gateway                up         8080   104
                gateway readiness (every service behind it): DOWN, not ready: case
                """, report);
    }

    @Test
    void theGatewayReadinessNamesTheRoutesThatAreNotReady() {
        String body = """
                {"status":"DOWN","checks":[{"name":"upstreams","status":"DOWN",
                 "data":{"case":"DOWN","notification":"UP","procurement":"DOWN","worker":"UP"}}]}""";

        assertEquals("gateway readiness (every service behind it): DOWN, not ready: case, procurement",
                StatusReport.gatewayReadiness(Optional.of(new Readiness.Answer(503, body))));
    }

    @Test
    void aDownCheckWithoutRoutesIsNamedByItself() {
        String body = """
                {"status":"DOWN","checks":[{"name":"upstreams","status":"UP","data":{"case":"UP"}},
                 {"name":"oidc","status":"DOWN"}]}""";

        assertEquals("gateway readiness (every service behind it): DOWN, not ready: oidc",
                StatusReport.gatewayReadiness(Optional.of(new Readiness.Answer(503, body))));
        assertEquals("gateway readiness (every service behind it): DOWN (answered 500)",
                StatusReport.gatewayReadiness(Optional.of(new Readiness.Answer(500, "not json"))));
    }

    @Test
    void aReadyOrSilentGatewayIsSaidSo() {
        assertEquals("gateway readiness (every service behind it): UP",
                StatusReport.gatewayReadiness(Optional.of(new Readiness.Answer(200, "{\"status\":\"UP\"}"))));
        assertEquals("gateway readiness (every service behind it): unknown, the gateway does not answer",
                StatusReport.gatewayReadiness(Optional.empty()));
    }
}
