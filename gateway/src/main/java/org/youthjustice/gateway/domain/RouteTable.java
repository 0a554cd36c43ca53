package org.youthjustice.gateway.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which upstream service answers which public path.
 * <p>
 * The longest matching prefix wins, so that a more specific prefix can be given to another service later without
 * reordering anything. A prefix claimed by two services is a configuration error, refused at startup.
 */
public final class RouteTable {

    /** The public base path of every routed API; it is stripped before forwarding. */
    public static final String API_BASE = "/api";

    private final List<RouteMatch> byLongestPrefix;

    public RouteTable(Collection<Route> routes) {
        Map<String, Route> owners = new HashMap<>();
        List<RouteMatch> entries = new ArrayList<>();
        for (Route route : routes) {
            for (String prefix : route.prefixes()) {
                Route previous = owners.putIfAbsent(prefix, route);
                if (previous != null && !previous.name().equals(route.name())) {
                    throw new IllegalArgumentException("prefix " + prefix + " is routed to both '" + previous.name()
                            + "' and '" + route.name() + "'");
                }
                if (previous == null) {
                    entries.add(new RouteMatch(route, prefix));
                }
            }
        }
        entries.sort(Comparator.comparingInt((RouteMatch entry) -> entry.prefix().length()).reversed());
        this.byLongestPrefix = List.copyOf(entries);
    }

    /**
     * The route serving {@code path} (a normalised request path, without its query), if any.
     */
    public Optional<RouteMatch> match(String path) {
        for (RouteMatch entry : byLongestPrefix) {
            if (Route.serves(entry.prefix(), path)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    public List<Route> routes() {
        return byLongestPrefix.stream().map(RouteMatch::route).distinct().toList();
    }
}
