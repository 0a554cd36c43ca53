package org.youthjustice.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code page} (0 to {@value #MAX_PAGE}) and {@code size} (1 to {@value #MAX_SIZE}) query parameters of a list
 * endpoint: {@code public Page<AgencyView> list(@Valid @BeanParam PageRequest page)}.
 */
public class PageRequest {

    public static final int MAX_SIZE = 100;

    /**
     * The last page a client may ask for. The index of the last item of the last page of the largest size,
     * {@code (MAX_PAGE + 1) * MAX_SIZE - 1}, stays within {@code int}, which JPA's first result and Panache's range
     * take: a page beyond it is refused with 400 instead of overflowing into a 500. Ten million pages are more than
     * any list holds (a thousand million items at the largest size).
     */
    public static final int MAX_PAGE = 10_000_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(MAX_PAGE)
    @Parameter(description = "Page number, from 0, at most 10000000")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Items per page, at most 100")
    public int size;

    public PageRequest() {
    }

    public PageRequest(int page, int size) {
        this.page = page;
        this.size = size;
    }

    /** Index of the first item of this page. */
    public int offset() {
        return Math.multiplyExact(page, size);
    }

    /** Index of the last item this page can hold. */
    int lastIndex() {
        return Math.addExact(offset(), size - 1);
    }
}
