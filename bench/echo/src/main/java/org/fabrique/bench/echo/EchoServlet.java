package org.fabrique.bench.echo;

import java.io.IOException;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/**
 * {@code /bench/echo}: {@code PUT} stores the request's bytes and content type in memory, {@code GET} serves
 * them back as they are. The benchmark uploads the body of a real endpoint once, then loads both with the same
 * client: the difference is what the platform costs above Jetty writing bytes.
 */
@Component(service = Servlet.class, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/bench/echo",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=fabrique-bench-echo" })
public class EchoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private volatile byte[] body = "echo\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private volatile String contentType = "text/plain;charset=utf-8";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] bytes = body;
        response.setContentType(contentType);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] bytes = request.getInputStream().readAllBytes();
        if (request.getContentType() != null) {
            contentType = request.getContentType();
        }
        body = bytes;
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
