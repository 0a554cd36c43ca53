package org.youthjustice.platform.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a page of a keyset-paged list starts: right after the item whose sort value is {@code value} (absent when the
 * item has none) and whose row id is {@code id}, in the list sorted by {@code sort}. Clients get it as the page's
 * {@code next} and send it back as the {@code after} query parameter, opaque: a deep page then costs what the first
 * does, where {@code page=N} reads and skips N pages first.
 */
public record PageCursor(String sort, Optional<String> value, long id) {

    /** What an {@code after} parameter may hold (URL-safe Base64 without padding). */
    public static final String PATTERN = "[A-Za-z0-9_-]{1,400}";
    public static final String MESSAGE = "must be the next cursor of a page of this list";

    private static final char SEPARATOR = '\n';
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public PageCursor {
        if (sort.indexOf(SEPARATOR) >= 0 || value.filter(v -> v.indexOf(SEPARATOR) >= 0).isPresent()) {
            throw new IllegalArgumentException("a cursor's sort and value hold no line break");
        }
    }

    public String encode() {
        String text = sort + SEPARATOR + value.map(v -> "=" + v).orElse("-") + SEPARATOR + id;
        return ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor {@code text} encodes; IllegalArgumentException for anything {@link #encode()} did not make. */
    public static PageCursor decode(String text) {
        String[] parts;
        try {
            parts = new String(DECODER.decode(text), StandardCharsets.UTF_8).split(String.valueOf(SEPARATOR), -1);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(MESSAGE, e);
        }
        if (parts.length != 3 || !(parts[1].equals("-") || parts[1].startsWith("="))) {
            throw new IllegalArgumentException(MESSAGE);
        }
        try {
            Optional<String> value = parts[1].equals("-") ? Optional.empty() : Optional.of(parts[1].substring(1));
            return new PageCursor(parts[0], value, Long.parseLong(parts[2]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(MESSAGE, e);
        }
    }
}
