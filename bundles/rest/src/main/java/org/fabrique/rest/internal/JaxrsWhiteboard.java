package org.fabrique.rest.internal;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.servlet.Servlet;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves, under {@code /api}, every service registered with {@code osgi.jaxrs.resource=true} or
 * {@code osgi.jaxrs.extension=true}. A change in those services builds a fresh Jersey application
 * and swaps it in atomically: requests keep being answered by the previous one meanwhile.
 */
@Component(immediate = true, configurationPid = "org.fabrique.rest")
@Designate(ocd = RestConfig.class)
public class JaxrsWhiteboard {

    static final String RESOURCE = "osgi.jaxrs.resource";
    static final String EXTENSION = "osgi.jaxrs.extension";
    private static final Logger LOG = LoggerFactory.getLogger(JaxrsWhiteboard.class);

    private final Map<ServiceReference<Object>, Object> published = new ConcurrentHashMap<>();
    private ScheduledExecutorService rebuilder;
    private ScheduledFuture<?> pendingRebuild;
    private ServiceTracker<Object, Object> tracker;
    private ServiceRegistration<Servlet> servletRegistration;
    private ApiServlet servlet;
    private RestConfig config;

    @Activate
    void activate(BundleContext context, RestConfig config) throws InvalidSyntaxException {
        this.config = config;
        this.rebuilder = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "fabrique-rest-rebuild"));
        this.servlet = new ApiServlet();
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN, config.alias() + "/*");
        props.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME, "fabrique-api");
        props.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_ASYNC_SUPPORTED, Boolean.TRUE);
        servletRegistration = context.registerService(Servlet.class, servlet, props);

        Filter filter = context.createFilter("(|(" + RESOURCE + "=true)(" + EXTENSION + "=true))");
        tracker = new ServiceTracker<>(context, filter, null) {
            @Override
            public Object addingService(ServiceReference<Object> reference) {
                Object service = context.getService(reference);
                if (service != null) {
                    published.put(reference, service);
                    scheduleRebuild();
                }
                return service;
            }

            @Override
            public void modifiedService(ServiceReference<Object> reference, Object service) {
                scheduleRebuild();
            }

            @Override
            public void removedService(ServiceReference<Object> reference, Object service) {
                published.remove(reference);
                context.ungetService(reference);
                scheduleRebuild();
            }
        };
        tracker.open();
        scheduleRebuild();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
        rebuilder.shutdownNow();
        servletRegistration.unregister();
        servlet.destroy();
    }

    private synchronized void scheduleRebuild() {
        if (rebuilder.isShutdown()) {
            return;
        }
        if (pendingRebuild != null) {
            pendingRebuild.cancel(false);
        }
        pendingRebuild = rebuilder.schedule(this::rebuild, config.rebuildDelayMillis(), TimeUnit.MILLISECONDS);
    }

    private void rebuild() {
        List<Object> resources = servicesWith(RESOURCE);
        List<Object> extensions = servicesWith(EXTENSION);
        try {
            servlet.install(ApiApplication.build(resources, extensions, config));
            LOG.info("REST API now serves {} resources and {} extensions", resources.size(), extensions.size());
        } catch (RuntimeException e) {
            LOG.error("Could not build the REST application; the previous one keeps serving", e);
        }
    }

    private List<Object> servicesWith(String property) {
        return published.entrySet().stream()
                .filter(e -> isTrue(e.getKey().getProperty(property)))
                .sorted((a, b) -> Long.compare(serviceId(a.getKey()), serviceId(b.getKey())))
                .map(Map.Entry::getValue)
                .toList();
    }

    private static long serviceId(ServiceReference<?> reference) {
        return (Long) reference.getProperty(Constants.SERVICE_ID);
    }

    private static boolean isTrue(Object value) {
        return value != null && Boolean.parseBoolean(value.toString());
    }
}
