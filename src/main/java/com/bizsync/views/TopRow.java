package com.bizsync.views;

import java.math.BigDecimal;

/** One ranked group: the code is always text, even for a category or representative number. */
public record TopRow(int rank, String code, String label, BigDecimal amount) {
}
