package org.fabrique.distribution.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves the pages of src/test/resources/browser/ on a free loopback port, and answers a form posted to
 * /inscription with a page that repeats its "nom" field.
 */
final class PageServer implements AutoCloseable {

    private final HttpServer server;

    PageServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::page);
        server.createContext("/inscription", this::echo);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void page(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring(1);
        try (InputStream page = name.matches("[a-z-]+\\.html")
                ? PageServer.class.getResourceAsStream("/browser/" + name) : null) {
            if (page == null) {
                reply(exchange, 404, "<!DOCTYPE html><html lang=\"fr\"><title>Introuvable</title><p>Introuvable</p>");
            } else {
                reply(exchange, 200, new String(page.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    private void echo(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            reply(exchange, 405, "<!DOCTYPE html><html lang=\"fr\"><title>Non</title><p>POST seulement</p>");
            return;
        }
        String name = "";
        for (String field : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
            if (field.startsWith("nom=")) {
                name = URLDecoder.decode(field.substring(4), StandardCharsets.UTF_8);
            }
        }
        reply(exchange, 200, "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Merci</title></head>"
                + "<body><main><h1>Merci</h1><p id=\"recu\">Inscription reçue pour " + escape(name) + "</p></main></body></html>");
    }

    private static void reply(HttpExchange exchange, int status, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
