package org.fabrique.rest.internal;

import java.io.IOException;

import javax.servlet.ServletConfig;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * The one servlet registered with the HTTP whiteboard. It forwards to the current Jersey
 * container, which is replaced as a whole whenever the published resources change; the stock
 * container cannot be re-initialised, so each change builds a new one. The container replaced is
 * destroyed only once the requests it is serving have finished.
 */
final class ApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private transient volatile ContainerGeneration<ServletContainer> current;
    private transient ResourceConfig waiting;
    private transient ServletConfig servletConfig;

    @Override
    public synchronized void init(ServletConfig config) throws ServletException {
        super.init(config);
        this.servletConfig = config;
        if (waiting != null) {
            swapIn(waiting);
            waiting = null;
        }
    }

    synchronized void install(ResourceConfig application) {
        if (servletConfig == null) {
            waiting = application;
        } else {
            swapIn(application);
        }
    }

    private void swapIn(ResourceConfig application) {
        ClassLoader previousLoader = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(ApiServlet.class.getClassLoader());
        try {
            ServletContainer fresh = new ServletContainer(application);
            fresh.init(servletConfig);
            ContainerGeneration<ServletContainer> old = current;
            current = new ContainerGeneration<>(fresh, ApiServlet::destroy);
            if (old != null) {
                old.release();
            }
        } catch (ServletException e) {
            throw new IllegalStateException("Jersey refused the application", e);
        } finally {
            Thread.currentThread().setContextClassLoader(previousLoader);
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        ContainerGeneration<ServletContainer> generation;
        do {
            generation = current;
            if (generation == null) {
                Problems.write(response, 503, "Service starting", "The API is starting; try again in a moment.");
                return;
            }
        } while (!generation.acquire());
        ClassLoader previousLoader = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(ApiServlet.class.getClassLoader());
        try {
            generation.container().service(request, response);
        } finally {
            generation.release();
            Thread.currentThread().setContextClassLoader(previousLoader);
        }
    }

    private static void destroy(ServletContainer container) {
        ClassLoader previousLoader = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(ApiServlet.class.getClassLoader());
        try {
            container.destroy();
        } finally {
            Thread.currentThread().setContextClassLoader(previousLoader);
        }
    }

    @Override
    public synchronized void destroy() {
        ContainerGeneration<ServletContainer> generation = current;
        current = null;
        if (generation != null) {
            generation.release();
        }
    }
}
