package com.bizsync.views;

import java.math.BigDecimal;

/** The balance of one treasury account. */
public record CashRow(String code, String label, BigDecimal amount) {
}
