package org.fabrique.core.internal.store;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import org.fabrique.core.Caller;
import org.fabrique.core.InvalidInput;
import org.fabrique.core.ModuleDescriptor;
import org.fabrique.core.NotFound;
import org.fabrique.core.Roles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

@Component(service = Roles.class)
public class RoleStore implements Roles {

    private final CoreDatabase db;
    private final Clock clock;
    private final List<ModuleDescriptor> modules = new CopyOnWriteArrayList<>();

    @Activate
    public RoleStore(@Reference CoreDatabase db) {
        this(db, Clock.systemUTC());
    }

    RoleStore(CoreDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addModule(ModuleDescriptor module) {
        modules.add(module);
    }

    void removeModule(ModuleDescriptor module) {
        modules.remove(module);
    }

    @Override
    public Set<String> of(long personId) {
        Set<String> granted = db.store().read(em -> AccountStore.roles(em, personId));
        return new TreeSet<>(granted);
    }

    @Override
    public Set<String> grantable() {
        Set<String> roles = new TreeSet<>();
        roles.add(Caller.ADMIN);
        modules.forEach(m -> roles.addAll(m.roles()));
        return roles;
    }

    @Override
    public void grant(long personId, String role) {
        if (role == null || !grantable().contains(role)) {
            throw new InvalidInput("role", "no installed module declares this role");
        }
        db.store().run(em -> {
            if (em.find(PersonEntity.class, personId) == null) {
                throw new NotFound("person", personId);
            }
            if (!AccountStore.roles(em, personId).contains(role)) {
                RoleGrantEntity grant = new RoleGrantEntity();
                grant.personId = personId;
                grant.role = role;
                grant.grantedAt = clock.instant();
                em.persist(grant);
            }
        });
    }

    @Override
    public void revoke(long personId, String role) {
        db.store().run(em -> em.createQuery("DELETE FROM RoleGrantEntity g WHERE g.personId = :p AND g.role = :r")
                .setParameter("p", personId).setParameter("r", role).executeUpdate());
    }

    @Override
    public boolean anyoneHas(String role) {
        return db.store().read(em -> em.createQuery("SELECT COUNT(g) FROM RoleGrantEntity g WHERE g.role = :r",
                Long.class).setParameter("r", role).getSingleResult() > 0);
    }
}
