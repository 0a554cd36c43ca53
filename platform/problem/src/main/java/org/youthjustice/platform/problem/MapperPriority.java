package org.youthjustice.platform.problem;

import jakarta.ws.rs.Priorities;

/**
 * Priority of the platform's exception mappers (lower wins): ahead of the mappers Quarkus ships for the same
 * exceptions ({@code Priorities.USER + 1}, answering an empty body or their own JSON). A service that wants its
 * own answer for one of these exceptions declares its mapper with a priority below this one.
 */
final class MapperPriority {

    static final int PLATFORM = Priorities.USER - 10;

    private MapperPriority() {
    }
}
