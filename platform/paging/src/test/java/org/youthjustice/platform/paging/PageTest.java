package org.youthjustice.platform.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.persistence.TypedQuery;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PageTest {

    private static ValidatorFactory validation;

    @BeforeAll
    static void validation() {
        validation = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    }

    @AfterAll
    static void close() {
        validation.close();
    }

    @Test
    void offsetAndPageCountFollowPageAndSize() {
        PageRequest third = new PageRequest(2, 20);
        Page<String> page = Page.of(List.of("a", "b"), third, 42);

        assertEquals(40, third.offset());
        assertEquals(3, page.totalPages());
        assertEquals(List.of("A", "B"), page.map(String::toUpperCase).items());
        assertEquals(42, page.map(String::toUpperCase).total());
    }

    @Test
    void anOffsetBeyondIntegerRangeIsRefusedRatherThanWrapped() {
        assertThrows(ArithmeticException.class, () -> new PageRequest(Integer.MAX_VALUE, 100).offset());
    }

    @Test
    void aPageBeyondTheLastAllowedIsInvalidAndNamedPage() {
        Validator validator = validation.getValidator();

        assertEquals(Set.of(), validator.validate(new PageRequest(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE)));
        for (int page : new int[] {PageRequest.MAX_PAGE + 1, Integer.MAX_VALUE}) {
            Set<ConstraintViolation<PageRequest>> refused = validator.validate(new PageRequest(page, 20));
            assertEquals(1, refused.size());
            assertEquals("page", refused.iterator().next().getPropertyPath().toString());
        }
    }

    @Test
    void everyAllowedPageOfEverySizeReachesItsLastItemWithinInt() {
        assertDoesNotThrow(() -> Math.multiplyExact(PageRequest.MAX_PAGE + 1, PageRequest.MAX_SIZE));

        List<Object> asked = new ArrayList<>();
        Page<String> last = Page.of(panacheQuery(asked, List.of("x"), 5), new PageRequest(PageRequest.MAX_PAGE, 100));

        assertEquals(List.of(1_000_000_000, 1_000_000_099), asked);
        assertEquals(new Page<>(List.of("x"), PageRequest.MAX_PAGE, 100, 5), last);
    }

    @Test
    void aPanacheQueryIsReadForTheRequestedRangeAndCounted() {
        List<Object> asked = new ArrayList<>();

        Page<String> page = Page.of(panacheQuery(asked, List.of("c", "d"), 42), new PageRequest(1, 2));

        assertEquals(List.of(2, 3), asked);
        assertEquals(new Page<>(List.of("c", "d"), 1, 2, 42), page);
    }

    @Test
    void aJpaQueryIsReadFromTheFirstResultForAtMostOnePage() {
        List<Object> asked = new ArrayList<>();

        Page<String> page = Page.of(typedQuery(asked, List.of("e")), countQuery(5L), new PageRequest(2, 2));

        assertEquals(List.of("first", 4, "max", 2), asked);
        assertEquals(new Page<>(List.of("e"), 2, 2, 5), page);
    }

    @Test
    void aListReadWholeIsSlicedAndCountedWhole() {
        List<Integer> all = List.of(0, 1, 2, 3, 4);

        assertEquals(new Page<>(List.of(2, 3), 1, 2, 5), Page.slice(all, new PageRequest(1, 2)));
        assertEquals(new Page<>(List.of(), 3, 2, 5), Page.slice(all, new PageRequest(3, 2)));
    }

    /** A Panache query that records the range it is asked for and answers {@code items} and {@code total}. */
    @SuppressWarnings("unchecked")
    private static <T> PanacheQuery<T> panacheQuery(List<Object> asked, List<T> items, long total) {
        return (PanacheQuery<T>) Proxy.newProxyInstance(PageTest.class.getClassLoader(),
                new Class<?>[] {PanacheQuery.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "range" -> {
                        asked.add(args[0]);
                        asked.add(args[1]);
                        yield proxy;
                    }
                    case "list" -> items;
                    case "count" -> total;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @SuppressWarnings("unchecked")
    private static <T> TypedQuery<T> typedQuery(List<Object> asked, List<T> items) {
        return (TypedQuery<T>) Proxy.newProxyInstance(PageTest.class.getClassLoader(),
                new Class<?>[] {TypedQuery.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "setFirstResult" -> {
                        asked.add("first");
                        asked.add(args[0]);
                        yield proxy;
                    }
                    case "setMaxResults" -> {
                        asked.add("max");
                        asked.add(args[0]);
                        yield proxy;
                    }
                    case "getResultList" -> items;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @SuppressWarnings("unchecked")
    private static TypedQuery<Long> countQuery(long total) {
        return (TypedQuery<Long>) Proxy.newProxyInstance(PageTest.class.getClassLoader(),
                new Class<?>[] {TypedQuery.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getSingleResult")) {
                        return total;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
