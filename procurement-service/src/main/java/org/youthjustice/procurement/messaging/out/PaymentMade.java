package org.youthjustice.procurement.messaging.out;

import com.fasterxml.jackson.annotation.JsonRawValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Data of {@code payment.made} v1 on {@code contracts.v1}, keyed by contract id: an instalment was paid. Amounts in
 * CNY with two decimals; {@code paidTotal} includes this payment, {@code budget} is that of the terms in force.
 *
 * <p>Amounts are written as their exact decimal text ({@code @JsonRawValue}): the outbox turns the data into a JSON
 * tree, whose default number handling strips trailing zeros ({@code 1000000.00} would travel as {@code 1E+6}).
 */
public record PaymentMade(UUID contractId, String number, String purchaserCode, String providerCode, UUID paymentId,
                          int instalment, String milestone, @JsonRawValue BigDecimal amount, LocalDate paidOn,
                          @JsonRawValue BigDecimal paidTotal, @JsonRawValue BigDecimal budget) {

    public static final String TYPE = "payment.made";
    public static final int VERSION = 1;
}
