package org.fabrique.web.internal;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;

/** A response that keeps its status, headers and body for the test to read. */
final class FakeResponse extends HttpServletResponseWrapper {

    private int status = 200;
    private String contentType;
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private StringWriter body = new StringWriter();

    FakeResponse() {
        super((HttpServletResponse) Proxy.newProxyInstance(FakeResponse.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> {
                    throw new UnsupportedOperationException("FakeResponse does not fake " + m.getName());
                }));
    }

    String body() { return body.toString(); }
    String header(String name) { List<String> values = headers.get(name); return values == null ? null : values.get(0); }
    List<String> headers(String name) { return headers.getOrDefault(name, List.of()); }

    /** The Set-Cookie header for this cookie name, or null. */
    String setCookie(String name) {
        return headers(CookieHeader.SET_COOKIE).stream().filter(h -> h.startsWith(name + "=")).reduce((a, b) -> b)
                .orElse(null);
    }

    @Override public int getStatus() { return status; }
    @Override public void setStatus(int status) { this.status = status; }
    @Override public String getContentType() { return contentType; }
    @Override public void setContentType(String type) { this.contentType = type; }
    @Override public void setHeader(String name, String value) { headers.put(name, new ArrayList<>(List.of(value))); }
    @Override public void addHeader(String name, String value) { headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value); }
    @Override public String getHeader(String name) { return header(name); }
    @Override public boolean isCommitted() { return false; }
    @Override public void resetBuffer() { body = new StringWriter(); }
    @Override public PrintWriter getWriter() { return new PrintWriter(body); }
}
