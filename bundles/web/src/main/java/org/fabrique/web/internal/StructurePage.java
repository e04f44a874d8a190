package org.fabrique.web.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.core.AccessDenied;
import org.fabrique.core.AuditLog;
import org.fabrique.core.Caller;
import org.fabrique.core.Conflict;
import org.fabrique.core.Language;
import org.fabrique.core.Membership;
import org.fabrique.core.MembershipRole;
import org.fabrique.core.MembershipStatus;
import org.fabrique.core.Memberships;
import org.fabrique.core.NotFound;
import org.fabrique.core.Structure;
import org.fabrique.core.Structures;
import org.fabrique.web.Page;
import org.fabrique.web.PageRenderer;
import org.fabrique.web.Visitors;

/**
 * {@code /structures/{id}}: a structure's public page; asking to join it; and for its coordinators
 * the requests to accept or refuse and the roles to change. The decisions are those of
 * {@code MembersResource}, through {@link StructureAccess}.
 */
final class StructurePage {

    static final String TEMPLATE = "templates/web/structure.ftlh";

    private final PageRenderer renderer;
    private final Visitors visitors;
    private final Structures structures;
    private final Memberships memberships;
    private final AuditLog audit;
    private final Messages messages;
    private final KindLabels labels;

    StructurePage(PageRenderer renderer, Visitors visitors, Structures structures, Memberships memberships,
            AuditLog audit, Messages messages) {
        this.renderer = renderer;
        this.visitors = visitors;
        this.structures = structures;
        this.memberships = memberships;
        this.audit = audit;
        this.messages = messages;
        this.labels = new KindLabels(messages);
    }

    void show(HttpServletRequest request, HttpServletResponse response, long id) throws IOException {
        Structure structure = structures.find(id).orElseThrow(() -> new NotFound("structure", id));
        Language language = visitors.language(request);
        StructureAccess access = StructureAccess.of(visitors.caller(request), memberships, id);
        Map<String, Object> model = new HashMap<>();
        Map<String, Object> shown = new HashMap<>();
        shown.put("id", structure.id());
        shown.put("name", structure.name());
        shown.put("kind", labels.kind(structure.kind(), language));
        shown.put("neighbourhood", structure.neighbourhood());
        shown.put("address", structure.address());
        shown.put("website", structure.website());
        shown.put("description", structure.description());
        model.put("structure", shown);
        model.put("loggedIn", access.loggedIn());
        model.put("mayJoin", access.mayJoin());
        model.put("seesMembers", access.seesMembers());
        model.put("manages", access.manages());
        model.put("ownId", access.own().map(Membership::id).orElse(null));
        model.put("ownStatus", access.own().map(m -> labels.status(m.status(), language)).orElse(null));
        model.put("ownRole", access.own().map(m -> labels.role(m.role(), language)).orElse(null));
        if (access.seesMembers()) {
            model.put("members", memberships.ofStructure(id).stream()
                    .filter(m -> m.status() == MembershipStatus.ACTIVE).map(m -> member(m, language)).toList());
        }
        if (access.manages()) {
            model.put("requests", memberships.ofStructure(id).stream()
                    .filter(m -> m.status() == MembershipStatus.PENDING).map(m -> member(m, language)).toList());
            model.put("roles", labels.roleChoices(language));
        }
        renderer.render(request, response, new Page(StructurePage.class.getClassLoader(), TEMPLATE,
                structure.name(), model));
    }

    /** Asking to join: pending for a person; an administrator or coordinator adds themself, active (as the API). */
    void join(HttpServletRequest request, HttpServletResponse response, long id) {
        visitors.requireCsrf(request);
        Caller caller = MemberSpacePage.caller(visitors, request);
        structures.find(id).orElseThrow(() -> new NotFound("structure", id));
        Language language = visitors.language(request);
        try {
            if (memberships.mayManage(caller, id)) {
                memberships.add(id, caller.personId(), MembershipRole.MEMBER, MembershipStatus.ACTIVE);
                audit.record(caller.personId(), "membership.add", "structure/" + id,
                        "person/" + caller.personId() + " " + MembershipRole.MEMBER);
                visitors.flash(response, messages.text(language, "structure.join.added"));
            } else {
                memberships.add(id, caller.personId(), MembershipRole.MEMBER, MembershipStatus.PENDING);
                visitors.flash(response, messages.text(language, "structure.join.asked"));
            }
        } catch (Conflict already) {
            visitors.flash(response, messages.text(language, "structure.join.already"));
        }
        Redirects.seeOther(response, "/structures/" + id);
    }

    /** {@code action}: {@code accepter} (status active), {@code refuser} (removed) or {@code role} (with {@code role}). */
    void changeMember(HttpServletRequest request, HttpServletResponse response, long id, long membershipId) {
        visitors.requireCsrf(request);
        Caller caller = MemberSpacePage.caller(visitors, request);
        Membership membership = memberships.find(membershipId).filter(m -> m.structureId() == id)
                .orElseThrow(() -> new NotFound("membership", membershipId));
        StructureAccess access = StructureAccess.of(visitors.caller(request), memberships, id);
        Language language = visitors.language(request);
        String action = request.getParameter("action") == null ? "" : request.getParameter("action");
        switch (action) {
            case "accepter" -> {
                requireManager(access);
                Membership changed = memberships.change(membershipId, null, MembershipStatus.ACTIVE);
                recordChange(caller, id, changed);
                visitors.flash(response, messages.text(language, "structure.members.accepted",
                        Map.of("name", membership.personName())));
            }
            case "role" -> {
                requireManager(access);
                MembershipRole role = KindLabels.parse(MembershipRole.class, request.getParameter("role"));
                if (role == null) {
                    throw new org.fabrique.core.InvalidInput("role", "not a role");
                }
                recordChange(caller, id, memberships.change(membershipId, role, null));
                visitors.flash(response, messages.text(language, "structure.members.roleChanged",
                        Map.of("name", membership.personName())));
            }
            case "refuser" -> {
                if (!access.mayRemove(caller, membership)) {
                    throw new AccessDenied("Only a coordinator of this structure may remove its members.");
                }
                memberships.remove(membershipId);
                if (membership.personId() != caller.personId()) {
                    audit.record(caller.personId(), "membership.remove", "structure/" + id,
                            "person/" + membership.personId());
                }
                visitors.flash(response, messages.text(language, "structure.members.removed",
                        Map.of("name", membership.personName())));
            }
            default -> throw new org.fabrique.core.InvalidInput("action", "unknown action");
        }
        Redirects.seeOther(response, "/structures/" + id);
    }

    private static void requireManager(StructureAccess access) {
        if (!access.manages()) {
            throw new AccessDenied("Only a coordinator of this structure may change its members.");
        }
    }

    private void recordChange(Caller caller, long id, Membership changed) {
        audit.record(caller.personId(), "membership.change", "structure/" + id,
                "person/" + changed.personId() + " " + changed.role() + " " + changed.status());
    }

    private Map<String, Object> member(Membership membership, Language language) {
        Map<String, Object> member = new HashMap<>();
        member.put("id", membership.id());
        member.put("name", membership.personName() == null ? "" : membership.personName());
        member.put("role", KindLabels.code(membership.role()));
        member.put("roleLabel", labels.role(membership.role(), language));
        member.put("status", labels.status(membership.status(), language));
        return member;
    }
}
