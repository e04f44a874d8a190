package org.fabrique.web.internal;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;

/** A request with what the pages read: method, path, query, parameters, headers, cookies, attributes. */
final class FakeRequest extends HttpServletRequestWrapper {

    private final String method;
    private final String uri;
    private String query;
    private final Map<String, String> parameters = new HashMap<>();
    private final Map<String, String> headers = new HashMap<>();
    private final List<Cookie> cookies = new ArrayList<>();
    private final Map<String, Object> attributes = new HashMap<>();
    private boolean secure;

    private FakeRequest(String method, String uri) {
        super((HttpServletRequest) Proxy.newProxyInstance(FakeRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> {
                    throw new UnsupportedOperationException("FakeRequest does not fake " + m.getName());
                }));
        this.method = method;
        this.uri = uri;
    }

    static FakeRequest get(String uri) {
        return new FakeRequest("GET", uri);
    }

    static FakeRequest post(String uri) {
        return new FakeRequest("POST", uri);
    }

    FakeRequest query(String query) {
        this.query = query;
        return this;
    }

    FakeRequest param(String name, String value) {
        parameters.put(name, value);
        return this;
    }

    FakeRequest header(String name, String value) {
        headers.put(name.toLowerCase(), value);
        return this;
    }

    FakeRequest cookie(String name, String value) {
        cookies.add(new Cookie(name, value));
        return this;
    }

    FakeRequest secure() {
        this.secure = true;
        return this;
    }

    @Override public String getMethod() { return method; }
    @Override public String getRequestURI() { return uri; }
    @Override public String getContextPath() { return ""; }
    @Override public String getQueryString() { return query; }
    @Override public String getParameter(String name) { return parameters.get(name); }
    @Override public Map<String, String[]> getParameterMap() {
        Map<String, String[]> map = new HashMap<>();
        parameters.forEach((k, v) -> map.put(k, new String[] {v}));
        return map;
    }
    @Override public String getHeader(String name) { return headers.get(name.toLowerCase()); }
    @Override public Cookie[] getCookies() { return cookies.isEmpty() ? null : cookies.toArray(new Cookie[0]); }
    @Override public boolean isSecure() { return secure; }
    @Override public Object getAttribute(String name) { return attributes.get(name); }
    @Override public void setAttribute(String name, Object value) { attributes.put(name, value); }
    @Override public void removeAttribute(String name) { attributes.remove(name); }
    @Override public void setCharacterEncoding(String encoding) { }
}
