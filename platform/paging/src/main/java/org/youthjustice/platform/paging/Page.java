package org.youthjustice.platform.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total so that clients know how many pages there are. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(List.copyOf(items), request.page, request.size, total);
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

    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), page, size, total);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
