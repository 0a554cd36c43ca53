package org.youthjustice.platform.problem;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a request whose path or query parameters carry text that cannot be stored ({@link StorableText}), such
 * as {@code %00} in an id or a search term, before the resource sees it: PostgreSQL would refuse it and the client
 * would get a 500. It runs after the request is matched, so that path parameters are known by their names; every
 * query parameter is checked, declared or not, as a filter cannot tell which ones a resource reads.
 */
public class ParameterTextFilter {

    @ServerRequestFilter
    public void refuseUnstorableText(UriInfo request) {
        check(request.getPathParameters());
        check(request.getQueryParameters());
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                if (!StorableText.isStorable(value)) {
                    throw new RefusedParameter(parameter.getKey(), StorableText.CODE, StorableText.MESSAGE);
                }
            }
        }
    }
}
