package org.fabrique.web.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

import org.fabrique.core.Page;

/**
 * The links between the pages of a list, keeping the filters of the current one. Pages count
 * from 1 in addresses and on screen, from 0 in the core.
 *
 * @param number   the current page, from 1
 * @param count    how many pages there are (at least 1)
 * @param previous the address of the previous page, or {@code null} on the first
 * @param next     the address of the next page, or {@code null} on the last
 */
record Paging(int number, int count, String previous, String next) {

    static Paging of(Page<?> page, String path, Map<String, String> filters) {
        int count = (int) Math.max(1, (page.total() + page.size() - 1) / page.size());
        int number = page.page() + 1;
        String previous = number > 1 ? link(path, filters, number - 1) : null;
        String next = number < count ? link(path, filters, number + 1) : null;
        return new Paging(number, count, previous, next);
    }

    /** The core's page index (from 0) for a {@code page} parameter (from 1); 0 when it is not a page number. */
    static int index(String parameter) {
        try {
            return Math.max(0, Integer.parseInt(parameter.trim()) - 1);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static String link(String path, Map<String, String> filters, int number) {
        StringJoiner query = new StringJoiner("&", path + "?", "");
        filters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        if (number > 1) {
            query.add("page=" + number);
        }
        String link = query.toString();
        return link.endsWith("?") ? link.substring(0, link.length() - 1) : link;
    }
}
