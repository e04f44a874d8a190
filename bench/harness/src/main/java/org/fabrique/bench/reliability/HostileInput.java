package org.fabrique.bench.reliability;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fabrique.bench.Http;
import org.fabrique.bench.Http.Reply;
import org.fabrique.bench.OpenApi;
import org.fabrique.bench.OpenApi.Endpoint;
import org.fabrique.bench.Options;
import org.fabrique.bench.Platform;
import org.fabrique.bench.Shared;

/**
 * Scenario 5: at least 10 000 (short: 400) generated hostile requests across every endpoint of
 * /api/openapi.json (so of every installed module) and every form of the pages reachable from the home page:
 * broken JSON, wrong types, nulls, deep nesting, huge bodies, unknown fields, wrong content types, unknown and
 * tricky ids, hostile query parameters, SQL and script payloads, missing, forged, malformed and over-long tokens,
 * path tricks on raw sockets. Counts 5xx answers anywhere, 4xx answers on /api without an
 * application/problem+json body, and stack traces in bodies (goal 0 of each); then checks that script payloads
 * stored in text fields come back escaped in the pages.
 * <p>
 * Valid tokens (a member's, the administrator's) are never sent where a request could be harmless to the caller
 * only by chance: no DELETE without an id, no logout; ids are always unknown or malformed.
 */
public final class HostileInput implements Scenario {

    static final String MARK = "fabrique-xss";
    static final List<String> PAYLOADS = List.of(
            "<script>alert('" + MARK + "')</script>",
            "\"><img src=x onerror=alert('" + MARK + "')>",
            "' OR '1'='1' --",
            "'; DROP TABLE person; --",
            "1; SELECT * FROM SYS.SYSTABLES",
            "\" OR \"\"=\"",
            "${7*7}<#assign x=1>",
            "{{7*7}}",
            "../../../../etc/passwd",
            "\u0000\u0001\u0002",
            "\u202Eevil\u202C",
            "%00%0d%0aSet-Cookie:%20x=1",
            "javascript:alert('" + MARK + "')",
            "😀".repeat(300),
            "x".repeat(6000));
    static final List<String> IDS = List.of("999999999", "0", "-1", "99999999999999999999", "abc", "1.5",
            "%27%20OR%20%271%27%3D%271", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%00", "1%20OR%201%3D1", "null",
            "%E2%80%AE", "~", "1e3", "0x10", "%20", "-9223372036854775809", "2147483648");
    static final List<String> QUERY = List.of("-1", "x", "99999999999999999999", "' OR 1=1 --", "<script>", "",
            "%00", "2026-W99", "9999-W01", "1e9", "true", "[]", "x".repeat(5000));
    static final List<String> BROKEN = List.of("{", "{\"a\":", "[", "}", "nul", "\"unterminated", "{\"name\":\"x\",}",
            "{'name':'x'}", "{\"name\":\"x\"} trailing", "{\"name\":\"x\"}{}", "\u0000", "", "{\"\\u0000\":1}",
            "{\"name\":\"\\ud800\"}", "123", "[]", "null", "true", "\"string\"", "{\"a\":1e999999}",
            "\uFEFF{}", "{\"a\":\"\\x41\"}", "{\"a\":01}", "{\"a\":NaN}", "{\"a\":Infinity}");
    static final List<String> RAW = List.of("/api/../api/health", "/api/%2e%2e/%2e%2e/etc/passwd",
            "/api/people/..;/admin/modules", "//api//people", "/api/people%2F1", "/api/health%00", "/api/%ZZ",
            "/api/structures?page=%", "/api/structures/1/../../people", "/static/web/../../etc/passwd",
            "/static/web/%2e%2e/%2e%2e/etc/passwd", "/WEB-INF/web.xml", "/api;/people", "/api/people/%252e%252e",
            "/api/" + "a".repeat(9000), "/api/structures?" + "q=".repeat(3000), "/api/people/1\t",
            "/api/admin/modules/..%2Fhello", "/api/%C0%AE%C0%AE/etc/passwd", "/api/structures#frag",
            "/..%5c..%5cwindows/win.ini", "/api/openapi.json/..", "/me/../admin/", "/admin/%2e%2e/me");

    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong serverErrors = new AtomicLong();
    private final AtomicLong notProblem = new AtomicLong();
    private final AtomicLong jettyRejected = new AtomicLong();
    private final AtomicLong stackTraces = new AtomicLong();
    private final AtomicLong noAnswer = new AtomicLong();
    private final AtomicLong closedEarly = new AtomicLong();
    private final Map<Integer, AtomicInteger> statuses = Collections.synchronizedMap(new java.util.TreeMap<>());
    private final List<String> details = Collections.synchronizedList(new ArrayList<>());

    @Override
    public List<String> keys() {
        return List.of("5", "hostile-input");
    }

    @Override
    public boolean inShortRun() {
        return true;
    }

    @Override
    public Verdict run(Options options, Shared shared) throws Exception {
        Platform platform = shared.platform();
        int target = options.brief() ? 400 : 12_000;
        List<Endpoint> endpoints = OpenApi.endpoints(platform.http());
        Platform.Person member = platform.person("hostile");
        String loggedOut = platform.person("logged-out").token();
        platform.http().post("/api/auth/logout", loggedOut, null);
        Map<String, Form> forms = crawl(platform.http().origin());
        List<String> tokens = new ArrayList<>(List.of("", "Bearer forged-" + "0".repeat(40), "Basic YWRtaW46YWRtaW4=",
                "Bearer " + "a".repeat(5000), "Bearer " + loggedOut, "bearer", "Bearer  ", "Bearer ' OR 1=1 --"));
        Worker[] workers = new Worker[4];
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers.length; w++) {
            workers[w] = new Worker(platform, new Random(1000 + w), endpoints, new ArrayList<>(forms.values()), tokens,
                    member, target / workers.length);
            Thread thread = new Thread(workers[w], "hostile-" + w);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        Escaping escaping = escaping(platform, forms.keySet());
        String counts = String.format("requests %d on %d endpoints and %d forms, 5xx %d, /api 4xx without "
                + "problem+json %d, stack traces %d, no answer %d, closed while sending a large body %d, "
                + "rejected by Jetty before routing %d; "
                + "escaping: %d pages checked, %d stored payloads shown, %d unescaped; statuses %s",
                sent.get(), endpoints.size(), forms.size(), serverErrors.get(), notProblem.get(), stackTraces.get(),
                noAnswer.get(), closedEarly.get(), jettyRejected.get(), escaping.pages, escaping.shown, escaping.unescaped, statuses);
        List<String> shown = new ArrayList<>(details.subList(0, Math.min(details.size(), 30)));
        shown.addAll(escaping.details);
        boolean pass = sent.get() >= target && serverErrors.get() == 0 && notProblem.get() == 0
                && stackTraces.get() == 0 && noAnswer.get() == 0 && escaping.unescaped == 0 && escaping.shown > 0;
        return Verdict.of(pass, counts, shown);
    }

    /** One thread's share of the requests. */
    private final class Worker implements Runnable {
        private final Platform platform;
        private final Http http;
        private final Random random;
        private final List<Endpoint> endpoints;
        private final List<Form> forms;
        private final List<String> tokens;
        private final Platform.Person member;
        private final int count;

        Worker(Platform platform, Random random, List<Endpoint> endpoints, List<Form> forms, List<String> tokens,
                Platform.Person member, int count) {
            this.platform = platform;
            this.http = new Http(platform.http().origin());
            this.random = random;
            this.endpoints = endpoints;
            this.forms = forms;
            this.tokens = tokens;
            this.member = member;
            this.count = count;
        }

        @Override
        public void run() {
            for (int i = 0; i < count; i++) {
                int kind = random.nextInt(100);
                if (kind < 4) {
                    String path = pick(RAW);
                    Reply reply = http.raw(random.nextBoolean() ? "GET" : "POST", path,
                            Map.of("Authorization", pick(tokens).isEmpty() ? "Bearer x" : pick(tokens)),
                            random.nextBoolean() ? pick(BROKEN) : null, "application/json");
                    record("RAW " + path, path, reply, true, 0);
                } else if (kind < 12 && !forms.isEmpty()) {
                    form(pick(forms));
                } else {
                    api(pick(endpoints));
                }
            }
        }

        private void api(Endpoint endpoint) {
            String method = random.nextInt(20) == 0 ? pick(List.of("PATCH", "TRACE", "HEAD", "OPTIONS", "FOO"))
                    : endpoint.method();
            int who = random.nextInt(10);
            boolean valid = who >= 7;
            boolean unsafe = method.equals("DELETE") && endpoint.pathParameters().isEmpty()
                    || endpoint.path().endsWith("/auth/logout");
            String token = valid && !unsafe ? (who == 9 ? platform.admin() : member.token()) : null;
            String authorization = token != null ? "Bearer " + token : pick(tokens);
            String path = endpoint.fill(p -> valid && method.equals("DELETE") ? "999999" + random.nextInt(1000)
                    : pick(IDS));
            if (!endpoint.queryParameters().isEmpty() || random.nextInt(8) == 0) {
                List<String> names = endpoint.queryParameters().isEmpty() ? List.of("page", "size", "q")
                        : endpoint.queryParameters();
                StringBuilder query = new StringBuilder();
                for (String name : names) {
                    if (random.nextBoolean()) {
                        query.append(query.length() == 0 ? "?" : "&").append(name).append('=')
                                .append(URLEncoder.encode(pick(QUERY), StandardCharsets.UTF_8));
                    }
                }
                path += query;
            }
            String body = null;
            String contentType = "application/json";
            if (endpoint.hasBody() || random.nextInt(6) == 0) {
                int shape = random.nextInt(10);
                body = switch (shape) {
                    case 0, 1 -> pick(BROKEN);
                    case 2 -> object(endpoint.bodyProperties(), this::wrongType);
                    case 3 -> object(endpoint.bodyProperties(), type -> "null");
                    case 4 -> random.nextBoolean() ? "[".repeat(20000) + "]".repeat(20000)
                            : "{\"a\":".repeat(5000) + "1" + "}".repeat(5000);
                    case 5 -> random.nextInt(4) == 0 ? "{\"text\":\"" + "A".repeat(2_100_000) + "\"}"
                            : "[" + "1,".repeat(200_000) + "1]";
                    case 6 -> "{\"__proto__\":{\"admin\":true},\"constructor\":1,\"id\":1,\"roles\":[\"admin\"]}";
                    case 7 -> {
                        contentType = pick(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                                "application/json; charset=ebcdic", "multipart/form-data", "*/*", "application/json;;;"));
                        yield object(endpoint.bodyProperties(), type -> Http.quote(pick(PAYLOADS)));
                    }
                    default -> object(endpoint.bodyProperties(), type -> type.equals("string")
                            ? Http.quote(pick(PAYLOADS)) : wrongType(type));
                };
                if (random.nextInt(15) == 0) {
                    contentType = null;
                }
            }
            Map<String, String> headers = new LinkedHashMap<>();
            if (!authorization.isEmpty()) {
                headers.put("Authorization", authorization);
            }
            if (random.nextInt(10) == 0) {
                headers.put("Accept", pick(List.of("application/xml", "text/html", "image/png", "*/*;q=x")));
            }
            if (random.nextInt(10) == 0) {
                headers.put("Accept-Language", pick(List.of("xx", "fr-FR;q=abc", "'; DROP", "*".repeat(500))));
            }
            Reply reply = http.send(method, path, headers, body, contentType, Duration.ofSeconds(60));
            record(method + " " + path + (body == null ? "" : " body " + abbreviate(body)), path, reply, false,
                    body == null ? 0 : body.length());
        }

        private void form(Form form) {
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
            String origin = platform.http().origin();
            try {
                boolean withCsrf = random.nextInt(4) != 0;
                Map<String, String> hidden = new LinkedHashMap<>();
                if (withCsrf) {
                    String page = client.send(HttpRequest.newBuilder(URI.create(origin + form.page)).build(),
                            HttpResponse.BodyHandlers.ofString()).body();
                    Matcher input = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>").matcher(page);
                    while (input.find()) {
                        String name = attribute(input.group(), "name");
                        if (name != null) {
                            hidden.put(name, attribute(input.group(), "value"));
                        }
                    }
                }
                StringBuilder body = new StringBuilder();
                hidden.forEach((k, v) -> append(body, k, v == null ? "" : v));
                for (String field : form.fields) {
                    if (!hidden.containsKey(field) || random.nextInt(5) == 0) {
                        append(body, field, random.nextInt(10) == 0 ? "x".repeat(300_000) : pick(PAYLOADS));
                    }
                }
                if (random.nextInt(10) == 0) {
                    body.append("&%ZZ=%&&==");
                }
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(origin + form.action))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).timeout(Duration.ofSeconds(60))
                        .build(), HttpResponse.BodyHandlers.ofString());
                record("FORM " + form.action, form.action, new Reply(response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(null), response.body(), Map.of()), false,
                        body.length());
            } catch (Exception e) {
                record("FORM " + form.action, form.action, new Reply(-1, null, e.toString(), Map.of()), false, 0);
            }
        }

        private String wrongType(String type) {
            return switch (type) {
                case "string" -> pick(List.of("12", "true", "{}", "[\"x\"]", "1e400"));
                case "integer", "number" -> pick(List.of("\"12\"", "\"abc\"", "1e400", "99999999999999999999",
                        "1.5", "true", "{}", "-0"));
                case "boolean" -> pick(List.of("\"true\"", "1", "\"yes\"", "[]"));
                default -> pick(List.of("\"x\"", "1", "[1,2]", "false"));
            };
        }

        private String object(Map<String, String> properties, java.util.function.Function<String, String> value) {
            if (properties.isEmpty()) {
                return "{\"" + pick(List.of("id", "name", "text", "x")) + "\":" + value.apply("string") + "}";
            }
            StringBuilder json = new StringBuilder("{");
            properties.forEach((name, type) -> json.append(json.length() > 1 ? "," : "").append(Http.quote(name))
                    .append(':').append(value.apply(type)));
            return json.append('}').toString();
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }
    }

    private void record(String request, String path, Reply reply, boolean raw, int sentBytes) {
        sent.incrementAndGet();
        statuses.computeIfAbsent(reply.status(), s -> new AtomicInteger()).incrementAndGet();
        String body = reply.body() == null ? "" : reply.body();
        if (reply.status() == -1 && sentBytes > 100_000) {
            // The server may answer (401 before the body, 413) and close while a large body is still being sent:
            // the JDK client then reports a broken connection instead of the answer.
            closedEarly.incrementAndGet();
            detail("closed while a " + sentBytes / 1024 + " KiB body was still being sent: " + request + " → " + body);
            return;
        }
        if (reply.status() == -1) {
            noAnswer.incrementAndGet();
            detail("no answer: " + request + " → " + abbreviate(body));
        } else if (reply.status() >= 500) {
            serverErrors.incrementAndGet();
            detail("5xx: " + request + " → " + reply);
        } else if (reply.status() >= 400 && path.startsWith("/api") && !reply.isProblem()
                && !request.startsWith("HEAD ")) {
            // Jetty refuses some requests before any servlet sees them: its own "Bad Message" page (a NUL or an
            // ambiguous segment in the path), and TRACE, which it answers 405 with no body on every path.
            boolean jetty = body.contains("<h1>Bad Message") || body.contains("Ambiguous")
                    || request.startsWith("TRACE ") && body.isEmpty() || raw && body.isEmpty() && reply.contentType() == null;
            if (jetty) {
                jettyRejected.incrementAndGet();
            } else {
                notProblem.incrementAndGet();
                detail("not problem+json: " + request + " → " + reply);
            }
        }
        if (reply.status() != -1 && body.matches("(?s).*(\\tat [a-z]+\\.[\\w.$]+\\(|Exception: |\\.java:\\d+\\)).*")) {
            stackTraces.incrementAndGet();
            detail("stack trace: " + request + " → " + abbreviate(body));
        }
    }

    private void detail(String line) {
        if (details.size() < 200) {
            details.add(abbreviate(line));
        }
    }

    private record Form(String page, String action, List<String> fields) {
    }

    /** Pages and their POST forms, from the home page, two links deep (at most 40 pages). */
    private static Map<String, Form> crawl(String origin) {
        Http http = new Http(origin);
        Set<String> seen = new LinkedHashSet<>(List.of("/"));
        List<String> queue = new ArrayList<>(List.of("/", "/connexion", "/inscription", "/structures"));
        Map<String, Form> forms = new LinkedHashMap<>();
        for (int i = 0; i < queue.size() && seen.size() < 40; i++) {
            String page = queue.get(i);
            Reply reply = http.get(page, null);
            if (reply.status() != 200 || reply.contentType() == null || !reply.contentType().startsWith("text/html")) {
                continue;
            }
            Matcher link = Pattern.compile("href=\"(/[^\"#?]*)").matcher(reply.body());
            while (link.find()) {
                String href = link.group(1);
                if (!href.startsWith("/static") && !href.startsWith("/api") && seen.add(href)) {
                    queue.add(href);
                }
            }
            Matcher form = Pattern.compile("(?s)<form([^>]*)>(.*?)</form>").matcher(reply.body());
            while (form.find()) {
                String method = attribute(form.group(1), "method");
                String action = attribute(form.group(1), "action");
                if (method == null || !method.equalsIgnoreCase("post")) {
                    continue;
                }
                action = action == null || action.isEmpty() ? page : action.replace("&amp;", "&");
                List<String> fields = new ArrayList<>();
                Matcher field = Pattern.compile("<(?:input|textarea|select)[^>]*name=\"([^\"]+)\"").matcher(form.group(2));
                while (field.find()) {
                    fields.add(field.group(1));
                }
                forms.putIfAbsent(action, new Form(page, action, fields));
            }
        }
        return forms;
    }

    private record Escaping(int pages, int shown, int unescaped, List<String> details) {
    }

    /** Script payloads stored through the API must come back escaped in every page that shows them. */
    private static Escaping escaping(Platform platform, Set<String> formPages) {
        List<String> details = new ArrayList<>();
        Http http = platform.http();
        String name = "<script>alert('" + MARK + "-structure')</script>";
        Reply structure = http.post("/api/structures", platform.admin(), "{\"name\":" + Http.quote(name)
                + ",\"kind\":\"association\",\"description\":" + Http.quote("<img src=x onerror=alert('" + MARK
                        + "-description')> **gras**") + ",\"neighbourhood\":" + Http.quote("\"><svg onload=alert('" + MARK + "')>") + "}");
        List<String> pages = new ArrayList<>(List.of("/", "/structures", "/structures?q=" + MARK));
        if (structure.status() == 201) {
            pages.add("/structures/" + structure.json().get("id").asLong());
        } else {
            details.add("could not store the structure payload: " + structure);
        }
        if (platform.installedModules().contains("hello")) {
            http.post("/api/hello/messages", platform.admin(), "{\"text\":" + Http.quote("<script>alert('" + MARK
                    + "-hello')</script> [lien](javascript:alert('" + MARK + "'))") + "}");
            pages.add("/hello");
        }
        int shown = 0, unescaped = 0;
        for (String page : pages) {
            Reply reply = http.get(page, null);
            String html = reply.body();
            if (html.contains("&lt;script&gt;alert(") || html.contains("&lt;img src=x onerror") || html.contains(
                    "&#39;" + MARK) || html.contains("&lt;script&gt;")) {
                shown++;
            }
            for (String raw : List.of("<script>alert('" + MARK, "<img src=x onerror=alert('" + MARK,
                    "<svg onload=alert('" + MARK, "href=\"javascript:alert('" + MARK)) {
                if (html.contains(raw)) {
                    unescaped++;
                    details.add("unescaped in " + page + ": " + raw);
                }
            }
        }
        return new Escaping(pages.size(), shown, unescaped, details);
    }

    private static void append(StringBuilder body, String key, String value) {
        if (body.length() > 0) {
            body.append('&');
        }
        body.append(URLEncoder.encode(key, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    private static String attribute(String tag, String name) {
        Matcher matcher = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(tag);
        return matcher.find() ? matcher.group(1) : null;
    }

    static String abbreviate(String text) {
        String flat = text.replaceAll("[\\r\\n]+", " ");
        return flat.length() > 240 ? flat.substring(0, 240) + "…" : flat;
    }
}
