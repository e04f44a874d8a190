package org.fabrique.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Optional;

import org.fabrique.core.Language;
import org.fabrique.core.ModuleDescriptor;
import org.junit.Test;

public class NavigationTest {

    private final Navigation navigation = new Navigation(Messages.load());
    private final FakeAccounts people = new FakeAccounts();
    private final List<ModuleDescriptor> modules = List.of(new FakeModule("agenda", "Agenda", "/agenda"),
            new FakeModule("broken", "Cassé", "https://evil.example/"));

    @Test
    public void anonymousVisitorsSeeHomeStructuresModulesAndLogin() {
        List<NavigationEntry> entries = navigation.entries(Language.FR, Optional.empty(), modules, "/agenda/semaine");
        assertEquals(List.of(new NavigationEntry("Accueil", "/", false),
                new NavigationEntry("Structures", "/structures", false),
                new NavigationEntry("Agenda", "/agenda", true),
                new NavigationEntry("Se connecter", "/connexion?next=%2Fagenda%2Fsemaine", false)), entries);
    }

    @Test
    public void membersSeeTheirSpaceAndAdministratorsTheAdministration() {
        List<NavigationEntry> member = navigation.entries(Language.FR, Optional.of(people.camille), List.of(), "/me");
        assertEquals(List.of("Accueil", "Structures", "Mon espace"), labels(member));
        assertTrue(member.get(2).current());
        List<NavigationEntry> admin = navigation.entries(Language.EN, Optional.of(people.admin), List.of(), "/");
        assertEquals(List.of("Home", "Organisations", "My space", "Administration"), labels(admin));
        assertTrue(admin.get(0).current());
    }

    @Test
    public void homeIsCurrentOnlyOnTheHomePage() {
        assertTrue(Navigation.isCurrent("/", "/"));
        assertFalse(Navigation.isCurrent("/", "/agenda"));
        assertTrue(Navigation.isCurrent("/agenda", "/agenda/2025"));
        assertFalse(Navigation.isCurrent("/agenda", "/agendas"));
    }

    private static List<String> labels(List<NavigationEntry> entries) {
        return entries.stream().map(NavigationEntry::label).toList();
    }
}
