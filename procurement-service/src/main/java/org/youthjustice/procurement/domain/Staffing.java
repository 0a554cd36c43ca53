package org.youthjustice.procurement.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The posts a contract has filled, day by day, from the postings that count for it: on a day, the posts filled are
 * the sum of the fractions of full time of the postings covering that day (both ends inclusive). Exact decimals.
 */
public final class Staffing {

    /** A posting that counts for the contract: first and last day (null while open-ended), fraction of full time. */
    public record Post(LocalDate firstDay, LocalDate lastDay, BigDecimal fraction) {

        boolean covers(LocalDate day) {
            return !day.isBefore(firstDay) && (lastDay == null || !day.isAfter(lastDay));
        }
    }

    private final List<Post> posts;

    public Staffing(List<Post> posts) {
        this.posts = List.copyOf(posts);
    }

    /** Posts filled on {@code day}. */
    public BigDecimal filledOn(LocalDate day) {
        return posts.stream().filter(post -> post.covers(day)).map(Post::fraction)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Post-days left vacant from {@code first} to {@code last}, both included: the sum over the days of
     * max(0, funded − filled that day), two decimals. Zero when {@code last} is before {@code first}.
     */
    public BigDecimal vacancyPostDays(int funded, LocalDate first, LocalDate last) {
        BigDecimal vacant = BigDecimal.ZERO;
        BigDecimal fundedPosts = BigDecimal.valueOf(funded);
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            vacant = vacant.add(fundedPosts.subtract(filledOn(day)).max(BigDecimal.ZERO));
        }
        return vacant.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The first day of the unbroken run of days, ending on {@code last}, on which fewer than {@code funded} posts were
     * filled, counting from {@code first} at the earliest; empty when {@code last} itself was fully staffed.
     */
    public Optional<LocalDate> unfilledSince(int funded, LocalDate first, LocalDate last) {
        BigDecimal fundedPosts = BigDecimal.valueOf(funded);
        LocalDate since = null;
        for (LocalDate day = last; !day.isBefore(first) && filledOn(day).compareTo(fundedPosts) < 0;
             day = day.minusDays(1)) {
            since = day;
        }
        return Optional.ofNullable(since);
    }
}
