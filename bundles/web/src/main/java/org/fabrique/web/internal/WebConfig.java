package org.fabrique.web.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.fabrique.web.cfg}: what the web pages need to know about where they are served. */
@ObjectClassDefinition(name = "Fabrique web pages",
        description = "The address of the site, for the links sent by e-mail.")
@interface WebConfig {

    @AttributeDefinition(description = "The public address of the site, without a trailing slash, as people"
            + " reach it (behind a proxy: its https address). Links in mails start with it.")
    String publicUrl() default "http://localhost:8181";
}
