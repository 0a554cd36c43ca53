package org.youthjustice.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Where a webhook may send: https to a public address, or whatever {@code yjs.webhooks.allowed-internal-hosts}
 * names. Checked at registration and again before every request, on the address actually connected to, so that a
 * name re-pointed to an internal address later (DNS rebinding) reaches nothing inside.
 */
@ApplicationScoped
public class WebhookTargets {

    @Inject
    WebhookSettings settings;

    /** A URL that is no allowed target; its message names no part of the URL beyond its host. */
    public static class RefusedTarget extends Exception {

        RefusedTarget(String message) {
            super(message);
        }
    }

    /** Where to connect: the URL as sent, and the checked address to connect to. */
    public record Target(URI uri, String host, int port, boolean tls, InetAddress address) {

        /** The path and query to request. */
        public String requestUri() {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        }
    }

    /** Resolves {@code url} and checks it and every address its host resolves to. */
    public Target check(String url) throws RefusedTarget {
        URI uri = parse(url);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        boolean tls = scheme.equals("https");
        int port = uri.getPort() == -1 ? (tls ? 443 : 80) : uri.getPort();
        boolean internal = listed(settings.allowedInternalHosts().orElse(List.of()), host, port);
        if (!tls && !internal) {
            throw new RefusedTarget("must be https");
        }
        if (settings.allowedHosts().isPresent() && !internal
                && !listed(settings.allowedHosts().get(), host, port)) {
            throw new RefusedTarget("host " + host + " is not on the allowed hosts");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new RefusedTarget("host " + host + " does not resolve");
        }
        if (!internal) {
            for (InetAddress address : addresses) {
                if (isInternal(address)) {
                    throw new RefusedTarget("host " + host + " resolves to an internal address");
                }
            }
        }
        return new Target(uri, host, port, tls, addresses[0]);
    }

    private static URI parse(String url) throws RefusedTarget {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new RefusedTarget("must be an absolute URL");
        }
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getScheme() == null
                || !uri.getScheme().matches("(?i)https?")) {
            throw new RefusedTarget("must be an absolute https URL");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new RefusedTarget("must carry no user information nor fragment");
        }
        return uri;
    }

    /** An entry is a host (any port) or host:port. */
    private static boolean listed(List<String> entries, String host, int port) {
        String hostAndPort = host + ":" + port;
        return entries.stream().map(e -> e.trim().toLowerCase(Locale.ROOT))
                .anyMatch(e -> e.equals(host) || e.equals(hostAndPort));
    }

    /** Loopback, any-local, link-local (the cloud metadata 169.254.169.254), private, unique-local or multicast. */
    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // fc00::/7
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second < 128); // 0/8, carrier-grade NAT 100.64/10
    }
}
