package org.youthjustice.procurement.service;

import org.youthjustice.procurement.domain.Milestone;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An instalment to plan: its milestone, amount (CNY, at most two decimals) and day. */
public record NewPayment(Milestone milestone, BigDecimal plannedAmount, LocalDate plannedOn) {
}
