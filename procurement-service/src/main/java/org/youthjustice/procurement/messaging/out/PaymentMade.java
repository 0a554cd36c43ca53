package org.youthjustice.procurement.messaging.out;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Data of {@code payment.made} v1 on {@code contracts.v1}, keyed by contract id: an instalment was paid. Amounts in
 * CNY with two decimals; {@code paidTotal} includes this payment, {@code budget} is that of the terms in force.
 */
public record PaymentMade(UUID contractId, String number, String purchaserCode, String providerCode, UUID paymentId,
                          int instalment, String milestone, BigDecimal amount, LocalDate paidOn,
                          BigDecimal paidTotal, BigDecimal budget) {

    public static final String TYPE = "payment.made";
    public static final int VERSION = 1;
}
