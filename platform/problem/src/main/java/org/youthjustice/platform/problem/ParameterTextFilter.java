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
        checkEncoding(request);
        check(request.getPathParameters());
        check(request.getQueryParameters());
    }

    /**
     * Percent-escapes that are no UTF-8 (a lone surrogate's {@code %ED%A0%80}, a stray {@code %FF}) would be decoded
     * to U+FFFD, text the client never sent: they are refused like the characters they stand for. The raw request
     * URI is read, as Quarkus REST gives parameters decoded only.
     */
    private static void checkEncoding(UriInfo request) {
        if (!PercentEncoding.isUtf8(request.getRequestUri().getRawPath())) {
            String parameter = request.getPathParameters().entrySet().stream()
                    .filter(entry -> entry.getValue().stream().anyMatch(value -> value.indexOf('\uFFFD') >= 0))
                    .map(Map.Entry::getKey).findFirst().orElse("path");
            throw new RefusedParameter(parameter, StorableText.CODE, StorableText.MESSAGE);
        }
        String query = request.getRequestUri().getRawQuery();
        if (query == null) {
            return;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (!PercentEncoding.isUtf8(pair)) {
                throw new RefusedParameter(PercentEncoding.isUtf8(name) ? PercentEncoding.decoded(name) : "query",
                        StorableText.CODE, StorableText.MESSAGE);
            }
        }
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
