package org.youthjustice.procurement.config;

import io.smallrye.config.ConfigMapping;

import java.math.BigDecimal;

/** Defaults of the cost model when a request leaves them out. */
@ConfigMapping(prefix = "yjs.cost-model")
public interface CostModelConfig {

    /** Clients per full-time social worker. */
    int clientRatio();

    /** Price of one funded post for a year, in CNY. */
    BigDecimal unitCostPerPostYear();
}
