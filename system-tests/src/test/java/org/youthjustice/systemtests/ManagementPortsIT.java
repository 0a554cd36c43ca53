package org.youthjustice.systemtests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.youthjustice.local.ServiceModule;
import org.youthjustice.local.SuiteSettings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

/**
 * Health and metrics of every application answer on its management port, and the gateway's public port, the one
 * entry callers reach, answers them 404 (issue 11, item 7).
 */
@ExtendWith(RunningSuite.class)
class ManagementPortsIT {

    @Test
    void thePublicEntryAnswersNoHealthOrMetrics(SuiteSettings suite) {
        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/metrics"}) {
            given().baseUri(suite.gatewayUrl()).get(path).then().statusCode(404);
        }
    }

    @Test
    void everyApplicationIsReadyAndMeasuredOnItsManagementPort(SuiteSettings suite) {
        for (ServiceModule application : ServiceModule.values()) {
            given().get(application.managementUrl(suite, "/q/health/ready")).then().statusCode(200)
                    .body("status", equalTo("UP"));
            given().get(application.managementUrl(suite, "/q/metrics")).then().statusCode(200)
                    .body(containsString("jvm_memory_used_bytes"));
        }
    }

    /** The buckets that ops' p99 latency alert is computed from (deploy/k8s, LatencyP99High). */
    @Test
    void everyApplicationPublishesItsRequestLatencyInBuckets(SuiteSettings suite) {
        for (ServiceModule application : ServiceModule.values()) {
            given().get(suite.url(application.port()) + "/no-such-path").then().statusCode(lessThan(500));
            given().get(application.managementUrl(suite, "/q/metrics")).then().statusCode(200)
                    .body(containsString("http_server_requests_seconds_bucket{"));
        }
    }
}
