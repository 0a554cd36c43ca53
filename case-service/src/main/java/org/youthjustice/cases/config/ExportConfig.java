package org.youthjustice.cases.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the case export ({@code GET /case-exports}). */
@ConfigMapping(prefix = "yjs.case.export")
public interface ExportConfig {

    /**
     * The most cases one export may hold; an export that would hold more is refused as a whole, so that a file is
     * never partial and the caller narrows the filters instead.
     */
    @WithDefault("10000")
    int maxRows();
}
