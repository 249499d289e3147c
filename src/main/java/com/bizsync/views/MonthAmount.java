package com.bizsync.views;

import java.math.BigDecimal;
import java.time.YearMonth;

/** The amount of one calendar month. */
public record MonthAmount(YearMonth month, BigDecimal amount) {
}
