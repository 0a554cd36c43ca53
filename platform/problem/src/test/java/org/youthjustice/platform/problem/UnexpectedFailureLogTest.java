package org.youthjustice.platform.problem;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What an operator reads in the log of a 500: enough to find the fault, no personal data from a message. */
@QuarkusTest
class UnexpectedFailureLogTest {

    private final List<ExtLogRecord> records = new CopyOnWriteArrayList<>();

    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add((ExtLogRecord) record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private final Logger logger = Logger.getLogger(UnexpectedProblemMapper.class.getName());

    @BeforeEach
    void capture() {
        logger.addHandler(capture);
    }

    @AfterEach
    void release() {
        logger.removeHandler(capture);
    }

    @Test
    void namesTheFailureItsCausesFramesAndCorrelationIdButNoMessage() {
        given().header("X-Request-Id", "7f3a0c4e-1b2d-4f6a-8e9c-0a1b2c3d4e5f").when().get("/probe/failure").then().statusCode(500);

        assertEquals(1, records.size(), "one record for the failure");
        ExtLogRecord record = records.get(0);
        assertEquals(Level.SEVERE.intValue(), record.getLevel().intValue());
        String message = record.getFormattedMessage();
        assertTrue(message.contains(IllegalStateException.class.getName()), message);
        assertTrue(message.contains("/probe/failure"), message);
        assertTrue(message.contains("7f3a0c4e-1b2d-4f6a-8e9c-0a1b2c3d4e5f"), message);
        StringWriter trace = new StringWriter();
        record.getThrown().printStackTrace(new PrintWriter(trace));
        assertTrue(trace.toString().contains("Caused by: " + IllegalArgumentException.class.getName()), trace.toString());
        assertTrue(trace.toString().contains("at " + ProbeResource.class.getName() + ".failure"), trace.toString());
        for (String logged : List.of(message, trace.toString())) {
            assertFalse(logged.contains("440101"), logged);
            assertFalse(logged.contains("secret"), logged);
        }
    }
}
