package org.fabrique.web.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fabrique.core.Caller;
import org.fabrique.core.Language;
import org.fabrique.core.ModuleDescriptor;

/**
 * The main navigation: home, the member directory, one entry per installed module, then the
 * visitor's own space (or the login page) and, for administrators, the administration.
 */
final class Navigation {

    static final String STRUCTURES = "/structures";
    static final String MEMBER_SPACE = "/me";
    static final String LOGIN = "/connexion";
    static final String ADMIN = "/admin";

    private final Messages messages;

    Navigation(Messages messages) {
        this.messages = messages;
    }

    /**
     * @param modules     the installed modules, in the order to show them
     * @param currentPath the path of the page being shown, with its query
     */
    List<NavigationEntry> entries(Language language, Optional<Caller> caller, List<ModuleDescriptor> modules,
            String currentPath) {
        String path = withoutQuery(currentPath);
        List<NavigationEntry> entries = new ArrayList<>();
        entries.add(entry(messages.text(language, "nav.home"), LocalPath.HOME, path));
        entries.add(entry(messages.text(language, "nav.structures"), STRUCTURES, path));
        for (ModuleDescriptor module : modules) {
            String href = module.entryPage();
            if (LocalPath.isSafe(href)) {
                entries.add(entry(module.name(language), href, path));
            }
        }
        if (caller.isPresent()) {
            entries.add(entry(messages.text(language, "nav.memberSpace"), MEMBER_SPACE, path));
            if (caller.get().isAdmin()) {
                entries.add(entry(messages.text(language, "nav.admin"), ADMIN, path));
            }
        } else {
            boolean comeBack = !path.equals(LocalPath.HOME) && !path.equals(LOGIN) && LocalPath.isSafe(currentPath);
            String href = comeBack ? LOGIN + "?next=" + URLEncoder.encode(currentPath, StandardCharsets.UTF_8) : LOGIN;
            entries.add(new NavigationEntry(messages.text(language, "nav.login"), href, isCurrent(LOGIN, path)));
        }
        return List.copyOf(entries);
    }

    private static NavigationEntry entry(String label, String href, String path) {
        return new NavigationEntry(label, href, isCurrent(href, path));
    }

    /** The home entry is current on the home page only; the others on their page and below it. */
    static boolean isCurrent(String href, String path) {
        String target = withoutQuery(href);
        if (target.equals(LocalPath.HOME)) {
            return path.equals(LocalPath.HOME);
        }
        String base = target.endsWith("/") ? target.substring(0, target.length() - 1) : target;
        return path.equals(base) || path.startsWith(base + "/");
    }

    private static String withoutQuery(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }
}
