package org.fabrique.newsletter.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.fabrique.core.LetterSection;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** Every {@link LetterSection} the installed modules offer right now (whiteboard); none is fine. */
@Component(service = LetterSections.class)
public class LetterSections {

    private final List<LetterSection> sections = new CopyOnWriteArrayList<>();

    @Reference(name = "section", unbind = "removeSection", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addSection(LetterSection section) {
        sections.add(section);
    }

    void removeSection(LetterSection section) {
        sections.remove(section);
    }

    /** By order, then id. */
    public List<LetterSection> all() {
        return sections.stream().sorted(Comparator.comparingInt(LetterSection::order).thenComparing(LetterSection::id))
                .toList();
    }

    public Optional<LetterSection> find(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
