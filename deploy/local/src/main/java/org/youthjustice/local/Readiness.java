package org.youthjustice.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** Waits, within a bound, until a part answers its health check, and fails early when its process ends. */
final class Readiness {

    private static final Duration POLL = Duration.ofMillis(250);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    /** One attempt of a health check; a check that throws counts as not ready yet. */
    @FunctionalInterface
    interface Check {
        boolean ready() throws Exception;
    }

    /** What a health endpoint answered. */
    record Answer(int status, String body) {
    }

    private Readiness() {
    }

    static void await(String part, Process process, Path log, Duration timeout, BooleanSupplier stopping,
            Check check) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (stopping.getAsBoolean()) {
                throw new SuiteStartException("the suite is stopping: stopped waiting for " + part);
            }
            if (attempt(check)) {
                return;
            }
            if (!process.isAlive()) {
                throw new SuiteStartException(part + " exited with code " + process.exitValue()
                        + " before it was ready; see " + log + lastLines(log));
            }
            if (System.nanoTime() > deadline) {
                throw new SuiteStartException(part + " was not ready within " + timeout.toSeconds()
                        + " s; see " + log + lastLines(log));
            }
            sleep();
        }
    }

    /** {@code GET url} answers 200. */
    static boolean answersOk(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@code GET url} with its status and body; empty when nothing answered. */
    static Optional<Answer> get(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).GET().build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return Optional.of(new Answer(response.statusCode(), response.body()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static boolean attempt(Check check) {
        try {
            return check.ready();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SuiteStartException("interrupted while waiting", e);
        } catch (Exception e) {
            return false;
        }
    }

    private static String lastLines(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            List<String> tail = lines.subList(Math.max(0, lines.size() - 15), lines.size());
            return tail.isEmpty() ? "" : "\n  | " + String.join("\n  | ", tail);
        } catch (IOException e) {
            return "";
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SuiteStartException("interrupted while waiting", e);
        }
    }
}
