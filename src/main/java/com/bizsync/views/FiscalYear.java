package com.bizsync.views;

import java.time.LocalDate;

/** One fiscal year, both days inclusive. */
public record FiscalYear(LocalDate start, LocalDate end) {
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
