package org.fabrique.agenda.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.fabrique.agenda.Event;
import org.fabrique.core.InvalidInput;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads the schema.org events of a web page: the {@code <script type="application/ld+json">}
 * blocks are found by a plain forward scan (no regular expression over the page), each is parsed by
 * Jackson, and every {@code Event} (or subtype: {@code MusicEvent}, {@code TheaterEvent}…) found at
 * its top, in an array, in an {@code @graph} or in an {@code ItemList} becomes an imported event, or a
 * rejection with its reason. The events then go through the same matching as an iCalendar feed.
 */
final class JsonLdReader {

    /** At most this many script blocks, and this many events, are read from one page. */
    static final int MAX_BLOCKS = 200;
    static final int MAX_EVENTS = 5000;

    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build())
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();
    private static final Set<String> OTHER_EVENT_TYPES = Set.of("Festival", "Hackathon", "CourseInstance");
    private static final DateTimeFormatter COMPACT_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss][.SSS]xx");

    private JsonLdReader() {
    }

    static IcsReader.Result read(String html, String pageUrl) throws IcsReader.Unreadable {
        List<String> blocks = scripts(html);
        if (blocks.isEmpty()) {
            throw new IcsReader.Unreadable("Neither an iCalendar document nor a page with schema.org JSON-LD"
                    + " (no <script type=\"application/ld+json\">).");
        }
        List<IcsReader.Imported> imported = new ArrayList<>();
        List<IcsReader.Rejected> rejected = new ArrayList<>();
        List<JsonNode> events = new ArrayList<>();
        int position = 0;
        for (String block : blocks) {
            position++;
            try {
                collect(JSON.readTree(block), events, 0);
            } catch (JsonProcessingException e) {
                rejected.add(new IcsReader.Rejected("script #" + position, "malformed JSON: "
                        + e.getOriginalMessage().lines().findFirst().orElse("")));
            }
        }
        if (events.isEmpty() && rejected.isEmpty()) {
            // A page that no longer shows any event is more likely changed than empty: nothing is removed.
            throw new IcsReader.Unreadable("The page's JSON-LD holds no schema.org Event.");
        }
        URI base = URI.create(pageUrl);
        position = 0;
        for (JsonNode node : events) {
            position++;
            String where = id(node, base);
            try {
                imported.add(parse(node, base));
            } catch (InvalidInput e) {
                rejected.add(new IcsReader.Rejected(where != null ? where : "#" + position,
                        (e.field() == null ? "" : e.field() + ": ") + e.getMessage()));
            } catch (RuntimeException e) {
                rejected.add(new IcsReader.Rejected(where != null ? where : "#" + position,
                        "malformed: " + IcsReader.rootMessage(e)));
            }
        }
        return new IcsReader.Result(imported, rejected);
    }

    /** The text of every {@code <script type="application/ld+json">} element, in page order. */
    static List<String> scripts(String html) {
        List<String> blocks = new ArrayList<>();
        int from = 0;
        while (blocks.size() < MAX_BLOCKS) {
            int open = indexOfIgnoreCase(html, "<script", from);
            if (open < 0) {
                break;
            }
            int tagEnd = html.indexOf('>', open);
            if (tagEnd < 0) {
                break;
            }
            int close = indexOfIgnoreCase(html, "</script", tagEnd + 1);
            if (close < 0) {
                break;
            }
            String tag = html.substring(open, tagEnd).toLowerCase(Locale.ROOT);
            if (tag.contains("application/ld+json")) {
                String text = html.substring(tagEnd + 1, close).strip();
                if (text.startsWith("<!--")) {
                    text = text.substring(4);
                }
                if (text.endsWith("-->")) {
                    text = text.substring(0, text.length() - 3);
                }
                blocks.add(text);
            }
            from = close + 8;
        }
        return blocks;
    }

    private static int indexOfIgnoreCase(String text, String what, int from) {
        for (int i = from, last = text.length() - what.length(); i <= last; i++) {
            if (text.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }

    private static void collect(JsonNode node, List<JsonNode> events, int depth) {
        if (node == null || depth > 4 || events.size() >= MAX_EVENTS) {
            return;
        }
        if (node.isArray()) {
            node.forEach(item -> collect(item, events, depth + 1));
        } else if (node.isObject()) {
            if (isEvent(node)) {
                events.add(node);
            } else if (node.has("@graph")) {
                collect(node.get("@graph"), events, depth + 1);
            } else if (node.has("itemListElement")) {
                for (JsonNode element : iterable(node.get("itemListElement"))) {
                    collect(element.has("item") ? element.get("item") : element, events, depth + 1);
                }
            }
        }
    }

    static boolean isEvent(JsonNode node) {
        for (JsonNode type : iterable(node.get("@type"))) {
            String name = localName(type.asText(""));
            if (name.endsWith("Event") || OTHER_EVENT_TYPES.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return List.of();
        }
        return node.isArray() ? node : List.of(node);
    }

    /** {@code https://schema.org/EventCancelled}, {@code schema:EventCancelled} → {@code EventCancelled}. */
    private static String localName(String value) {
        String v = value.trim();
        int cut = Math.max(v.lastIndexOf('/'), Math.max(v.lastIndexOf(':'), v.lastIndexOf('#')));
        return v.substring(cut + 1);
    }

    private static String id(JsonNode node, URI base) {
        String id = text(node.get("@id"));
        if (id == null) {
            id = link(text(node.get("url")), base);
        }
        return id == null || id.length() > 500 ? null : id;
    }

    private static IcsReader.Imported parse(JsonNode node, URI base) {
        String title = plain(text(node.get("name")));
        if (title == null) {
            throw new InvalidInput("name", "the event has no name");
        }
        String startText = text(node.get("startDate"));
        if (startText == null) {
            throw new InvalidInput("startDate", "the event has no start");
        }
        boolean allDay = !startText.contains("T");
        Instant startsAt = instant(startText, false, "startDate");
        String endText = text(node.get("endDate"));
        Instant endsAt = endText == null ? null : instant(endText, !endText.contains("T"), "endDate");
        if (endsAt != null && !allDay && !endsAt.isAfter(startsAt)) {
            endsAt = null; // an end equal to the start says nothing: the agenda's default length
        }

        String locationText = null;
        String onlineUrl = null;
        for (JsonNode place : iterable(node.get("location"))) {
            if (place.isTextual()) {
                locationText = locationText == null ? plain(place.asText()) : locationText;
            } else if (iterableContains(place.get("@type"), "VirtualLocation")) {
                onlineUrl = onlineUrl == null ? link(text(place.get("url")), base) : onlineUrl;
            } else if (locationText == null) {
                locationText = place(place);
            }
        }
        Event.Attendance attendance = switch (localName(String.valueOf(text(node.get("eventAttendanceMode"))))) {
            case "OnlineEventAttendanceMode" -> Event.Attendance.ONLINE;
            case "MixedEventAttendanceMode" -> Event.Attendance.MIXED;
            case "OfflineEventAttendanceMode" -> Event.Attendance.ON_SITE;
            default -> onlineUrl == null ? Event.Attendance.ON_SITE
                    : locationText == null ? Event.Attendance.ONLINE : Event.Attendance.MIXED;
        };
        Event.Status status = switch (localName(String.valueOf(text(node.get("eventStatus"))))) {
            case "EventCancelled" -> Event.Status.CANCELLED;
            case "EventPostponed" -> Event.Status.POSTPONED;
            default -> Event.Status.SCHEDULED; // EventScheduled, EventRescheduled (new dates given), EventMovedOnline
        };

        Event.PriceKind priceKind = node.path("isAccessibleForFree").asBoolean(false)
                || "true".equalsIgnoreCase(text(node.get("isAccessibleForFree"))) ? Event.PriceKind.FREE : Event.PriceKind.UNKNOWN;
        BigDecimal min = null;
        BigDecimal max = null;
        String bookingUrl = null;
        for (JsonNode offer : iterable(node.get("offers"))) {
            for (BigDecimal price : prices(offer)) {
                min = min == null || price.compareTo(min) < 0 ? price : min;
                max = max == null || price.compareTo(max) > 0 ? price : max;
            }
            bookingUrl = bookingUrl == null ? link(text(offer.get("url")), base) : bookingUrl;
        }
        if (priceKind != Event.PriceKind.FREE && max != null) {
            priceKind = max.signum() == 0 ? Event.PriceKind.FREE : Event.PriceKind.PRICED;
        }
        if (priceKind == Event.PriceKind.FREE) {
            min = null;
            max = null;
        } else if (min != null && min.equals(max)) {
            max = null;
        }
        if (bookingUrl == null) {
            bookingUrl = link(text(node.get("url")), base);
        }
        String imageUrl = null;
        String imageAlt = null;
        for (JsonNode image : iterable(node.get("image"))) {
            if (imageUrl == null) {
                imageUrl = link(image.isObject() ? text(image.get("url")) : text(image), base);
                imageAlt = image.isObject() ? Feeds.limit(plain(text(image.get("caption"))), 300) : null;
            }
        }
        String language = text(node.get("inLanguage"));
        EventDraft draft = new EventDraft(Feeds.limit(title, 300), Feeds.limit(plain(text(node.get("description"))), 20000), null, null,
                Feeds.limit(locationText, 300), onlineUrl, attendance, startsAt, endsAt, allDay, null, List.of(), List.of(),
                List.of(), List.of(), priceKind, min, max, bookingUrl, null, null, List.of(), imageUrl,
                imageAlt, status, language == null || language.length() > 8 ? null : language, null, null);
        String uid = id(node, base);
        if (uid == null) {
            uid = "jsonld-" + IcsReader.hash(List.of(title, startText)).substring(0, 32);
        }
        return new IcsReader.Imported(uid, IcsReader.hash(List.of(node.toString())), EventChecks.check(draft));
    }

    /**
     * A start or end: an ISO date-time with its offset, a local date-time read in Europe/Paris, or a
     * date (the start of that day; for an all-day end the day after it, schema.org's end date being
     * the last day).
     */
    static Instant instant(String text, boolean inclusiveDay, String field) {
        String value = text.trim();
        try {
            if (!value.contains("T")) {
                LocalDate day = LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
                return (inclusiveDay ? day.plusDays(1) : day).atStartOfDay(ICal.PARIS).toInstant();
            }
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeException e) {
                // no offset, or one without its colon
            }
            try {
                return OffsetDateTime.parse(value, COMPACT_OFFSET).toInstant();
            } catch (DateTimeException e) {
                // a local date-time
            }
            return LocalDateTime.parse(value).atZone(ICal.PARIS).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidInput(field, "not an ISO 8601 date or date-time: " + Feeds.limit(value, 60));
        }
    }

    private static List<BigDecimal> prices(JsonNode offer) {
        List<BigDecimal> prices = new ArrayList<>();
        for (String key : List.of("price", "lowPrice", "highPrice")) {
            String value = text(offer.get(key));
            if (value != null) {
                try {
                    prices.add(new BigDecimal(value.replace(',', '.').replaceAll("[^0-9.]", "")));
                } catch (NumberFormatException e) {
                    // "Gratuit", "Prix libre"…: no amount
                }
            }
        }
        for (JsonNode spec : iterable(offer.get("priceSpecification"))) {
            prices.addAll(prices(spec));
        }
        return prices;
    }

    private static String place(JsonNode place) {
        String name = plain(text(place.get("name")));
        JsonNode address = place.get("address");
        String where = null;
        if (address != null && address.isTextual()) {
            where = plain(address.asText());
        } else if (address != null && address.isObject()) {
            List<String> parts = new ArrayList<>();
            for (String key : List.of("streetAddress", "postalCode", "addressLocality")) {
                String part = plain(text(address.get(key)));
                if (part != null) {
                    parts.add(part);
                }
            }
            where = parts.isEmpty() ? null : String.join(" ", parts).replaceFirst("^(.*?) (\\d{5})", "$1, $2");
        }
        if (name == null) {
            return where;
        }
        return where == null || name.contains(where) ? name : name + ", " + where;
    }

    private static boolean iterableContains(JsonNode types, String type) {
        for (JsonNode t : iterable(types)) {
            if (localName(t.asText("")).equals(type)) {
                return true;
            }
        }
        return false;
    }

    /** An absolute http(s) link, the page's address resolving a relative one; otherwise nothing. */
    private static String link(String value, URI base) {
        if (value == null) {
            return null;
        }
        try {
            URI uri = base.resolve(value.trim().replace(" ", "%20"));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String link = uri.toString();
            return (scheme.equals("http") || scheme.equals("https")) && link.length() <= 1000 ? link : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        if (node.isObject()) {
            return text(node.has("@value") ? node.get("@value") : node.get("@id"));
        }
        String value = node.asText();
        return value.isBlank() ? null : value.trim();
    }

    /** Plain text: tags dropped (a block tag ends a line), the common entities decoded, spaces collapsed. */
    static String plain(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(value.length());
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '<') {
                int end = value.indexOf('>', i);
                if (end < 0) {
                    out.append(value, i, value.length());
                    break;
                }
                String tag = value.substring(i + 1, end).toLowerCase(Locale.ROOT).replace("/", "").trim();
                if (tag.startsWith("br") || tag.startsWith("p") || tag.startsWith("li") || tag.startsWith("div")) {
                    out.append('\n');
                }
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        String text = out.toString().replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&rsquo;", "’").replace("&amp;", "&");
        StringBuilder lines = new StringBuilder();
        for (String line : text.split("\n")) {
            String collapsed = line.replaceAll("[ \\t\\r\\u00a0]+", " ").strip();
            if (!collapsed.isEmpty()) {
                lines.append(lines.isEmpty() ? "" : "\n").append(collapsed);
            }
        }
        return lines.isEmpty() ? null : lines.toString();
    }
}
