package org.fabrique.web.internal;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.fabrique.core.Language;
import org.fabrique.core.ModuleDescriptor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The modules whose descriptor is registered right now. The navigation and the home page read it
 * on every request, so a module appears the moment it starts and disappears when it stops.
 */
@Component(service = InstalledModules.class)
public class InstalledModules {

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile List<ModuleDescriptor> descriptors = List.of();

    /** The installed modules by name in that language, as people read them. */
    public List<ModuleDescriptor> byName(Language language) {
        Collator collator = Collator.getInstance(language == Language.EN ? Locale.ENGLISH : Locale.FRENCH);
        return descriptors.stream()
                .sorted(Comparator.comparing((ModuleDescriptor module) -> module.name(language), collator)
                        .thenComparing(ModuleDescriptor::id))
                .toList();
    }
}
