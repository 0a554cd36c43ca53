package org.youthjustice.worker.rest;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.testing.OpenApiChecks;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class OpenApiDocumentTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void everyOperationNamesItsBearerSchemeAndDocumentsTheRefusals() {
        assertEquals(List.of(), OpenApiChecks.violations(base.toString()));
    }
}
