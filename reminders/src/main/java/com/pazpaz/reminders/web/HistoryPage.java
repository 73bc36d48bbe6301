package com.pazpaz.reminders.web;

import java.util.List;

/** One page of a practice's reminder history, shaped like the other services' pages (docs/api.md). */
record HistoryPage(List<ReminderView> items, long total, int page, int pageSize, int totalPages) {

    static HistoryPage of(List<ReminderView> items, long total, int page, int pageSize) {
        return new HistoryPage(items, total, page, pageSize, (int) ((total + pageSize - 1) / pageSize));
    }
}
