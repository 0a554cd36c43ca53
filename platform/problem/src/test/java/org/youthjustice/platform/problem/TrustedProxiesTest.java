package org.youthjustice.platform.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.common.net.Inet;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The trusted proxies are addresses or ranges, never host names: Quarkus resolves a host name through DNS on every
 * request before it reads the forwarded headers, and reads a bare IPv6 address such as {@code ::1} as the host
 * {@code :} with port 1. An IPv6 address must stand in brackets.
 */
class TrustedProxiesTest {

    @Test
    void everyDefaultTrustedProxyIsAnAddressOrARangeAndNoHostName() {
        List<String> proxies = ConfigProvider.getConfig().getValues("quarkus.http.proxy.trusted-proxies", String.class);

        assertFalse(proxies.isEmpty());
        proxies.forEach(proxy -> assertTrue(address(proxy),
                "trusted proxy " + proxy + " must be an IP address or CIDR range (IPv6 in brackets)"));
    }

    @Test
    void aBareIpv6AddressIsRefusedByTheRule() {
        assertFalse(address("::1"));
        assertFalse(address("localhost"));
        assertTrue(address("[::1]"));
        assertTrue(address("10.0.0.0/8"));
    }

    /** What Quarkus takes as an address: IPv4 or bracketed IPv6, optionally with a /mask, no port. */
    private static boolean address(String proxy) {
        String host = proxy.contains("/") ? proxy.substring(0, proxy.indexOf('/')) : proxy;
        if (host.startsWith("[") && host.endsWith("]")) {
            return Inet.parseInet6Address(host.substring(1, host.length() - 1)) != null;
        }
        return !host.contains(":") && Inet.parseInet4Address(host) != null;
    }
}
