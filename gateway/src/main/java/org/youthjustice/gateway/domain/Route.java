package org.youthjustice.gateway.domain;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One upstream service, the public path prefixes it serves and how long a caller waits for it.
 *
 * @param name     short name of the service, as in the configuration ({@code case}, {@code worker}, ...)
 * @param upstream base URL of the service; a path in it is put in front of every forwarded path
 * @param prefixes public prefixes, each {@code /api/<something>} without a trailing slash
 * @param timeout  the deadline of one exchange, from forwarding until the service's response starts (waiting for a
 *                 pooled connection, connecting, sending the body and waiting for the response head)
 * @param management base URL of the service's management interface, where its readiness is probed (issue 11, item
 *                 7: health and metrics are not served on the API port); never routed
 */
public record Route(String name, URI upstream, List<String> prefixes, Duration timeout, URI management) {

    /** A route whose service serves its health on its API port (a test double, a service without a management port). */
    public Route(String name, URI upstream, List<String> prefixes, Duration timeout) {
        this(name, upstream, prefixes, timeout, upstream);
    }

    public Route {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(upstream, "upstream");
        Objects.requireNonNull(management, "management");
        prefixes = List.copyOf(prefixes);
        if (timeout.toMillis() < 1) {
            throw new IllegalArgumentException(
                    "gateway.routes." + name + ".timeout must be at least 1ms, was " + timeout);
        }
        requirePlainHttpUrl("gateway.routes." + name + ".url", upstream);
        requirePlainHttpUrl("gateway.routes." + name + ".management-url", management);
        if (prefixes.isEmpty()) {
            throw new IllegalArgumentException("gateway.routes." + name + ".prefixes must not be empty");
        }
        for (String prefix : prefixes) {
            if (!prefix.startsWith(RouteTable.API_BASE + "/") || prefix.endsWith("/")
                    || prefix.length() == RouteTable.API_BASE.length() + 1 || prefix.contains("?")) {
                throw new IllegalArgumentException("gateway.routes." + name + ".prefixes: '" + prefix
                        + "' must look like " + RouteTable.API_BASE + "/<resource>, without a trailing slash");
            }
        }
    }

    private static void requirePlainHttpUrl(String setting, URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new IllegalArgumentException(setting + " must be an http or https URL with a host, was " + url);
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null || url.getRawUserInfo() != null) {
            // User info is refused too: credentials in a URL end up in logs.
            throw new IllegalArgumentException(setting + " must not have user info, a query or a fragment");
        }
    }

    public boolean secure() {
        return upstream.getScheme().equalsIgnoreCase("https");
    }

    public String host() {
        return upstream.getHost();
    }

    public int port() {
        if (upstream.getPort() != -1) {
            return upstream.getPort();
        }
        return secure() ? 443 : 80;
    }

    /** The upstream's own path, without a trailing slash ({@code ""} for a bare host). */
    public String basePath() {
        String path = upstream.getRawPath();
        if (path == null) {
            return "";
        }
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** Whether {@code prefix} serves {@code path}: the exact path or anything below it, never a longer name. */
    static boolean serves(String prefix, String path) {
        return path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
    }
}
