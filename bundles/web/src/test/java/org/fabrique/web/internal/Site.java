package org.fabrique.web.internal;

import java.util.ArrayList;
import java.util.List;

import org.fabrique.core.ModuleDescriptor;
import org.fabrique.web.HomeSection;

/** The web bundle's components wired by hand, as DS would wire them, around fake accounts. */
final class Site {

    final FakeAccounts accounts = new FakeAccounts();
    final InstalledModules modules = new InstalledModules();
    final WebVisitors visitors = new WebVisitors(accounts.service());
    final FreeMarkerPages pages = new FreeMarkerPages(visitors, modules);
    final SiteServlet servlet = new SiteServlet(pages, visitors, accounts.service(), modules);
    final UncaughtErrorServlet errorServlet = new UncaughtErrorServlet(pages, visitors);

    Site install(ModuleDescriptor module) {
        List<ModuleDescriptor> descriptors = new ArrayList<>(modules.descriptors);
        descriptors.add(module);
        modules.descriptors = descriptors;
        return this;
    }

    Site section(HomeSection section) {
        List<HomeSection> sections = new ArrayList<>(servlet.sections);
        sections.add(section);
        servlet.sections = sections;
        return this;
    }

    FakeResponse get(FakeRequest request) throws Exception {
        FakeResponse response = new FakeResponse();
        servlet.service(request, response);
        return response;
    }
}
