package org.youthjustice.platform.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total so that clients know how many pages there are. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(List.copyOf(items), request.page, request.size, total);
    }

    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), page, size, total);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
