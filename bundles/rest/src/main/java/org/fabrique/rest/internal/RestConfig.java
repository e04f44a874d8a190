package org.fabrique.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        name = "Fabrique REST API",
        description = "Where and how the JAX-RS whiteboard serves the platform's REST API.")
public @interface RestConfig {

    @AttributeDefinition(description = "Path under which every resource is served.")
    String alias() default "/api";

    @AttributeDefinition(description = "Largest request body accepted, in bytes; larger ones get 413.")
    long maxBodyBytes() default 1_048_576L;

    @AttributeDefinition(description = "Delay, in milliseconds, that gathers several service changes into one rebuild.")
    long rebuildDelayMillis() default 50L;

    @AttributeDefinition(description = "Title of the OpenAPI document.")
    String openApiTitle() default "Fabrique API";
}
