package org.fabrique.web.internal;

import org.fabrique.web.Site;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

/** The site's public address from {@code etc/org.fabrique.web.cfg}. */
@Component(service = Site.class, configurationPid = "org.fabrique.web")
public final class ConfiguredSite implements Site {

    private volatile String publicUrl;

    @Activate
    public ConfiguredSite(WebConfig config) {
        modified(config);
    }

    @Modified
    void modified(WebConfig config) {
        publicUrl = normalise(config.publicUrl());
    }

    static String normalise(String url) {
        String base = url == null || url.isBlank() ? "http://localhost:8181" : url.trim();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    @Override
    public String publicUrl() {
        return publicUrl;
    }
}
