package org.youthjustice.platform.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.persistence.TypedQuery;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * One page of a list, with the total so that clients know how many pages there are. A list that may hold millions
 * bounds its count ({@link #bounded}): {@code total} is then exact up to {@link #COUNT_LIMIT} items, and beyond that
 * it is {@link #COUNT_LIMIT} with {@code totalExact} false; such a list also gives {@code next}, the cursor of the page
 * after this one (see {@link PageCursor}).
 */
public record Page<T>(List<T> items, int page, int size,
                      @Schema(description = "Items in the list; with totalExact false, at least this many")
                      long total,
                      @Schema(description = "false when the list holds more than total items (the count stops at "
                              + "1000)")
                      boolean totalExact,
                      @Schema(description = "Where the next page starts, for the after parameter; absent on the last "
                              + "page and on lists that do not take after", nullable = true)
                      String next) {

    /** Where a bounded count stops: beyond it a list's total is not exact. */
    public static final int COUNT_LIMIT = 1_000;

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(List.copyOf(items), request.page, request.size, total, true, null);
    }

    /** The requested page of a Panache query (sorted by the query), with the query's count as the total. */
    public static <T> Page<T> of(PanacheQuery<T> query, PageRequest request) {
        return of(query.range(request.offset(), request.lastIndex()).list(), request, query.count());
    }

    /** The requested page of a JPA query (sorted by the query), with {@code count}'s single result as the total. */
    public static <T> Page<T> of(TypedQuery<T> select, TypedQuery<Long> count, PageRequest request) {
        List<T> items = select.setFirstResult(request.offset()).setMaxResults(request.size).getResultList();
        return of(items, request, count.getSingleResult());
    }

    /** The requested page of a list already read whole (and sorted), with its size as the total. */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        return of(all.stream().skip(request.offset()).limit(request.size).toList(), request, all.size());
    }

    /**
     * A page of a list counted up to {@code COUNT_LIMIT + 1} items only ({@code counted}): its total is exact up to
     * {@link #COUNT_LIMIT}, and beyond it {@link #COUNT_LIMIT} with {@code totalExact} false; no cursor.
     */
    public static <T> Page<T> counted(List<T> items, PageRequest request, long counted) {
        return new Page<>(List.copyOf(items), request.page, request.size, Math.min(counted, COUNT_LIMIT),
                counted <= COUNT_LIMIT, null);
    }

    /**
     * A page of a list counted as {@link #counted(List, PageRequest, long)} does, by {@code countUpToLimit} (the list's
     * items counted up to {@code COUNT_LIMIT + 1}), except when the page itself shows that it is the list's last (fewer
     * items than its size, and some or the first page): then its total is exact and nothing more is counted.
     */
    public static <T> Page<T> counted(List<T> items, PageRequest request, LongSupplier countUpToLimit) {
        boolean last = items.size() < request.size && (!items.isEmpty() || request.page == 0);
        return last ? of(items, request, (long) request.offset() + items.size())
                : counted(items, request, countUpToLimit.getAsLong());
    }

    /**
     * A page of a list too long to count whole: {@code fetched} are up to {@code size + 1} items read from where the
     * page starts (the one beyond the page says that there is a next one, and is not returned), {@code counted} the
     * list's items counted up to at most {@code COUNT_LIMIT + 1}; {@code cursorOf} gives the cursor that starts the
     * list right after an item.
     */
    public static <T> Page<T> bounded(List<T> fetched, PageRequest request, long counted, Function<T, String> cursorOf) {
        boolean more = fetched.size() > request.size;
        List<T> items = more ? fetched.subList(0, request.size) : fetched;
        Page<T> page = counted(items, request, counted);
        return more ? page.nextAt(cursorOf.apply(items.get(items.size() - 1))) : page;
    }

    private Page<T> nextAt(String cursor) {
        return new Page<>(items, page, size, total, totalExact, cursor);
    }

    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), page, size, total, totalExact, next);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
