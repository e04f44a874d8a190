package org.fabrique.web.internal;

import org.fabrique.core.Language;
import org.fabrique.core.ModuleDescriptor;

/** A module descriptor with one name for both languages. */
record FakeModule(String id, String name, String entryPage) implements ModuleDescriptor {

    @Override public String name(Language language) { return name; }
    @Override public String description(Language language) { return "Le module " + name + "."; }
    @Override public String version() { return "1.0.0"; }
}
