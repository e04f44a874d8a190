package org.fabrique.core.internal.modules;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Fabrique modules",
        description = "Which Karaf features are capability modules an administrator may install.")
public @interface ModulesConfig {

    @AttributeDefinition(description = "Prefix of the features of capability modules; the rest of the name is the module id.")
    String featurePrefix() default "fabrique-";

    @AttributeDefinition(description = "Features of the platform itself, never offered as modules.")
    String[] platformFeatures() default {"fabrique-base", "fabrique-rest", "fabrique-core", "fabrique-mail", "fabrique-web"};
}
