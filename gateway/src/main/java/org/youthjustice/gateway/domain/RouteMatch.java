package org.youthjustice.gateway.domain;

/**
 * The route chosen for a request path.
 *
 * @param route  the upstream service
 * @param prefix the public prefix that matched
 */
public record RouteMatch(Route route, String prefix) {

    /**
     * The path to ask the upstream for: the public path without {@value RouteTable#API_BASE}, below the upstream's
     * own base path ({@code /api/cases/GZ-1} → {@code /cases/GZ-1}).
     */
    public String upstreamPath(String publicPath) {
        return route.basePath() + publicPath.substring(RouteTable.API_BASE.length());
    }
}
