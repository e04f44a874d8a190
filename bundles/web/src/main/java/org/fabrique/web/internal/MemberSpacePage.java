package org.fabrique.web.internal;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.core.AuthenticationRequired;
import org.fabrique.core.Caller;
import org.fabrique.core.ConsentChange;
import org.fabrique.core.Consents;
import org.fabrique.core.FabriqueException;
import org.fabrique.core.Language;
import org.fabrique.core.Membership;
import org.fabrique.core.MembershipStatus;
import org.fabrique.core.Memberships;
import org.fabrique.core.NotFound;
import org.fabrique.core.People;
import org.fabrique.core.Person;
import org.fabrique.core.PersonChange;
import org.fabrique.web.MemberSection;
import org.fabrique.web.Page;
import org.fabrique.web.PageRenderer;
import org.fabrique.web.Visitors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /me}: the profile form (the rules of {@link PersonChange}, as {@code PUT /api/me}), the
 * person's structures (leave one), their consents (withdraw one, recorded through {@link Consents}).
 */
final class MemberSpacePage {

    private static final Logger LOG = LoggerFactory.getLogger(MemberSpacePage.class);
    static final String TEMPLATE = "templates/web/me.ftlh";
    static final String CONFIRM = "templates/web/confirm.ftlh";
    static final String CONSENT_SOURCE = "espace membre";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRENCH)
            .withZone(ZoneId.of("Europe/Paris"));

    private final PageRenderer renderer;
    private final Visitors visitors;
    private final People people;
    private final Memberships memberships;
    private final Consents consents;
    private final FormValidator validator;
    private final Messages messages;
    private final KindLabels labels;
    private final Supplier<List<MemberSection>> sections;

    MemberSpacePage(PageRenderer renderer, Visitors visitors, People people, Memberships memberships,
            Consents consents, FormValidator validator, Messages messages) {
        this(renderer, visitors, people, memberships, consents, validator, messages, List::of);
    }

    MemberSpacePage(PageRenderer renderer, Visitors visitors, People people, Memberships memberships,
            Consents consents, FormValidator validator, Messages messages, Supplier<List<MemberSection>> sections) {
        this.sections = sections;
        this.renderer = renderer;
        this.visitors = visitors;
        this.people = people;
        this.memberships = memberships;
        this.consents = consents;
        this.validator = validator;
        this.messages = messages;
        this.labels = new KindLabels(messages);
    }

    /** The logged-in person; else the visitor is sent to the login page, to come back here. */
    static Caller caller(Visitors visitors, HttpServletRequest request) {
        return visitors.caller(request).orElseThrow(() -> new AuthenticationRequired("Log in to see your space."));
    }

    void show(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Caller caller = caller(visitors, request);
        Person person = people.find(caller.personId()).orElseThrow(() -> new AuthenticationRequired("Gone."));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", person.name());
        form.put("email", person.email());
        form.put("phone", person.phone() == null ? "" : person.phone());
        form.put("language", KindLabels.code(person.language() == null ? Language.FR : person.language()));
        page(request, response, caller, form, Map.of(), 200);
    }

    void saveProfile(HttpServletRequest request, HttpServletResponse response) throws IOException {
        visitors.requireCsrf(request);
        Caller caller = caller(visitors, request);
        Language language = visitors.language(request);
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : List.of("name", "email", "phone", "language")) {
            String value = request.getParameter(field);
            form.put(field, value == null ? "" : value.trim());
        }
        Language chosen = KindLabels.parse(Language.class, form.get("language"));
        PersonChange change = new PersonChange(form.get("name"), form.get("email"),
                form.get("phone").isEmpty() ? null : form.get("phone"), chosen == null ? Language.FR : chosen);
        Map<String, String> errors = new HashMap<>(validator.errors(change, language));
        if (errors.isEmpty()) {
            try {
                people.update(caller.personId(), change);
                visitors.flash(response, messages.text(change.language(), "me.profile.saved"));
                Redirects.seeOther(response, "/me");
                return;
            } catch (FabriqueException refused) {
                if (refused.status() != 400 && refused.status() != 409) {
                    throw refused;
                }
                String field = refused.field() == null || !form.containsKey(refused.field()) ? "email" : refused.field();
                errors.put(field, refused.status() == 409 && "email".equals(field)
                        ? messages.text(language, "me.profile.emailTaken") : refused.getMessage());
            }
        }
        page(request, response, caller, form, errors, 400);
    }

    void withdrawConsent(HttpServletRequest request, HttpServletResponse response) {
        visitors.requireCsrf(request);
        Caller caller = caller(visitors, request);
        ConsentChange change = new ConsentChange(request.getParameter("purpose"), request.getParameter("scope"), false);
        if (!validator.errors(change, Language.FR).isEmpty()) {
            throw new org.fabrique.core.InvalidInput("purpose", "not a consent");
        }
        consents.record(caller.personId(), change, CONSENT_SOURCE);
        visitors.flash(response, messages.text(visitors.language(request), "me.consents.withdrawn"));
        Redirects.seeOther(response, "/me");
    }

    void confirmLeave(HttpServletRequest request, HttpServletResponse response, long membershipId)
            throws IOException {
        Caller caller = caller(visitors, request);
        Membership membership = own(caller, membershipId);
        Language language = visitors.language(request);
        Map<String, Object> model = new HashMap<>();
        model.put("heading", messages.text(language, "me.leave.heading", Map.of("name", membership.structureName())));
        model.put("text", messages.text(language, membership.status() == MembershipStatus.PENDING
                ? "me.leave.textPending" : "me.leave.text"));
        model.put("action", "/me/structures/" + membershipId + "/quitter");
        model.put("button", messages.text(language, "me.leave.submit"));
        model.put("cancel", "/me");
        renderer.render(request, response, new Page(MemberSpacePage.class.getClassLoader(), CONFIRM,
                messages.text(language, "me.leave.title"), model));
    }

    /** Leaving, or withdrawing a request: a person may always remove their own membership. */
    void leave(HttpServletRequest request, HttpServletResponse response, long membershipId) {
        visitors.requireCsrf(request);
        Caller caller = caller(visitors, request);
        Membership membership = own(caller, membershipId);
        memberships.remove(membership.id());
        visitors.flash(response, messages.text(visitors.language(request), "me.leave.done",
                Map.of("name", membership.structureName())));
        Redirects.seeOther(response, "/me");
    }

    private Membership own(Caller caller, long membershipId) {
        return memberships.find(membershipId).filter(m -> m.personId() == caller.personId())
                .orElseThrow(() -> new NotFound("membership", membershipId));
    }

    private void page(HttpServletRequest request, HttpServletResponse response, Caller caller,
            Map<String, String> form, Map<String, String> errors, int status) throws IOException {
        Language language = visitors.language(request);
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", errors);
        model.put("memberships", memberships.ofPerson(caller.personId()).stream().map(m -> Map.of(
                "id", m.id(), "structureId", m.structureId(), "structureName", m.structureName(),
                "role", labels.role(m.role(), language), "status", labels.status(m.status(), language),
                "pending", m.status() == MembershipStatus.PENDING)).toList());
        model.put("consents", consents.current(caller.personId()).stream().map(c -> Map.of(
                "purpose", c.purpose(), "scope", c.scope(), "granted", c.granted(),
                "recordedAt", DATE.format(c.recordedAt()), "source", c.source() == null ? "" : c.source())).toList());
        model.put("sections", sections(caller, language));
        renderer.render(request, response, new Page(MemberSpacePage.class.getClassLoader(), TEMPLATE,
                messages.text(language, "me.title"), model, status));
    }

    /** The modules' sections for this person, by order; one that fails is left out. */
    List<SectionView> sections(Caller caller, Language language) {
        List<MemberSection> ordered = new ArrayList<>(sections.get());
        ordered.sort(Comparator.comparingInt(MemberSection::order).thenComparing(MemberSection::id));
        List<SectionView> views = new ArrayList<>();
        for (MemberSection section : ordered) {
            try {
                views.add(new SectionView(HomePage.anchor(section.id()), section.title(language),
                        section.html(caller, language)));
            } catch (RuntimeException e) {
                LOG.warn("Member section {} failed and is left out of /me", section.id(), e);
            }
        }
        return views;
    }
}
