package org.fabrique.rest.internal;

import java.util.List;

import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/** Assembles one Jersey application from the published resources and extensions. */
final class ApiApplication {

    private ApiApplication() {
    }

    static ResourceConfig build(List<Object> resources, List<Object> extensions, RestConfig config) {
        ResourceConfig application = new ResourceConfig();
        application.setApplicationName("fabrique-api");
        application.property(ServerProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
        application.property(ServerProperties.METAINF_SERVICES_LOOKUP_DISABLE, true);
        application.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        application.property(ServerProperties.BV_FEATURE_DISABLE, true);
        // Let our problem+json bodies reach the client instead of the container's HTML error page.
        application.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);

        application.register(JsonMapping.provider());
        application.register(new ValidatingReader(Validators.create(), config.maxBodyBytes()));
        application.register(new JsonProblemMapper());
        application.register(new ValidationProblemMapper());
        application.register(new ParamProblemMapper());
        application.register(new WebApplicationProblemMapper());
        application.register(new UnexpectedProblemMapper());
        application.register(new EmptyErrorProblemFilter());
        application.register(new OpenApiResource(resources, config.openApiTitle(), config.alias()));

        resources.forEach(application::register);
        extensions.forEach(application::register);
        return application;
    }
}
