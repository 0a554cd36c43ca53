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
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals(exact(List.of("x"), PageRequest.MAX_PAGE, 100, 5), last);
    }

    @Test
    void aPanacheQueryIsReadForTheRequestedRangeAndCounted() {
        List<Object> asked = new ArrayList<>();

        Page<String> page = Page.of(panacheQuery(asked, List.of("c", "d"), 42), new PageRequest(1, 2));

        assertEquals(List.of(2, 3), asked);
        assertEquals(exact(List.of("c", "d"), 1, 2, 42), page);
    }

    @Test
    void aJpaQueryIsReadFromTheFirstResultForAtMostOnePage() {
        List<Object> asked = new ArrayList<>();

        Page<String> page = Page.of(typedQuery(asked, List.of("e")), countQuery(5L), new PageRequest(2, 2));

        assertEquals(List.of("first", 4, "max", 2), asked);
        assertEquals(exact(List.of("e"), 2, 2, 5), page);
    }

    @Test
    void aListReadWholeIsSlicedAndCountedWhole() {
        List<Integer> all = List.of(0, 1, 2, 3, 4);

        assertEquals(exact(List.of(2, 3), 1, 2, 5), Page.slice(all, new PageRequest(1, 2)));
        assertEquals(exact(List.of(), 3, 2, 5), Page.slice(all, new PageRequest(3, 2)));
    }

    @Test
    void aBoundedPageKeepsOneItemBeyondItselfForItsNextCursorAndStopsCountingAtTheLimit() {
        Page<Integer> first = Page.bounded(List.of(10, 11, 12), new PageRequest(0, 2), Page.COUNT_LIMIT + 1,
                item -> "after-" + item);

        assertEquals(List.of(10, 11), first.items());
        assertEquals("after-11", first.next());
        assertEquals(Page.COUNT_LIMIT, first.total());
        assertEquals(false, first.totalExact());
        assertEquals("after-11", first.map(String::valueOf).next());
    }

    @Test
    void theLastBoundedPageHasNoNextAndAnExactTotalUpToTheLimit() {
        Page<Integer> last = Page.bounded(List.of(12), new PageRequest(1, 2), 3, item -> "after-" + item);

        assertEquals(List.of(12), last.items());
        assertEquals(null, last.next());
        assertEquals(3, last.total());
        assertEquals(true, last.totalExact());
        assertEquals(true, Page.bounded(List.of(), new PageRequest(0, 2), Page.COUNT_LIMIT, i -> "x").totalExact());
    }

    @Test
    void aCountedPageStopsCountingAtTheLimitAndHasNoCursor() {
        Page<Integer> beyond = Page.counted(List.of(1, 2), new PageRequest(3, 2), Page.COUNT_LIMIT + 1);
        Page<Integer> within = Page.counted(List.of(1, 2), new PageRequest(0, 2), Page.COUNT_LIMIT);

        assertEquals(new Page<>(List.of(1, 2), 3, 2, Page.COUNT_LIMIT, false, null), beyond);
        assertEquals(new Page<>(List.of(1, 2), 0, 2, Page.COUNT_LIMIT, true, null), within);
    }

    @Test
    void aPageThatShowsItIsTheLastIsCountedExactlyWithoutCountingTheList() {
        LongSupplier neverCalled = () -> {
            throw new AssertionError("the last page needs no count");
        };
        Page<Integer> lastOfMany = Page.counted(List.of(1), new PageRequest(600, 2), neverCalled);
        Page<Integer> empty = Page.counted(List.<Integer>of(), new PageRequest(0, 2), neverCalled);

        assertEquals(1_201, lastOfMany.total());
        assertTrue(lastOfMany.totalExact());
        assertEquals(0, empty.total());
    }

    @Test
    void aFullOrEmptyLaterPageIsCountedUpToTheLimit() {
        Page<Integer> full = Page.counted(List.of(1, 2), new PageRequest(0, 2), () -> Page.COUNT_LIMIT + 1);
        Page<Integer> beyondTheEnd = Page.counted(List.<Integer>of(), new PageRequest(9, 2), () -> 4);

        assertEquals(Page.COUNT_LIMIT, full.total());
        assertFalse(full.totalExact());
        assertEquals(4, beyondTheEnd.total());
        assertTrue(beyondTheEnd.totalExact());
    }

    @Test
    void aCursorComesBackAsItWasWithOrWithoutAValue() {
        PageCursor dated = new PageCursor("createdAt", Optional.of("2026-12-05T10:15:30.123456Z"), 42);
        PageCursor empty = new PageCursor("periodStart", Optional.empty(), 7);

        assertEquals(dated, PageCursor.decode(dated.encode()));
        assertEquals(empty, PageCursor.decode(empty.encode()));
        assertEquals(new PageCursor("reference", Optional.of(""), 1),
                PageCursor.decode(new PageCursor("reference", Optional.of(""), 1).encode()));
        assertTrue(dated.encode().matches(PageCursor.PATTERN));
    }

    @Test
    void anythingButAnEncodedCursorIsRefused() {
        String notBase64 = "%%%";
        String base64OfOtherText = Base64.getUrlEncoder().withoutPadding().encodeToString("hello".getBytes());
        String badId = Base64.getUrlEncoder().withoutPadding().encodeToString("createdAt\n=x\nabc".getBytes());
        String badValue = Base64.getUrlEncoder().withoutPadding().encodeToString("createdAt\nx\n1".getBytes());

        for (String text : List.of(notBase64, base64OfOtherText, badId, badValue, "")) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> PageCursor.decode(text));
            assertEquals(PageCursor.MESSAGE, refused.getMessage());
        }
    }

    private static <T> Page<T> exact(List<T> items, int page, int size, long total) {
        return new Page<>(items, page, size, total, true, null);
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
