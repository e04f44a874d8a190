package org.fabrique.newsletter.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.fabrique.core.Consent;
import org.fabrique.core.ConsentChange;
import org.fabrique.core.Consents;
import org.fabrique.core.Language;
import org.fabrique.core.Page;
import org.fabrique.core.PageRequest;
import org.fabrique.core.People;
import org.fabrique.core.Person;
import org.fabrique.core.PersonChange;
import org.fabrique.mail.Delivery;
import org.fabrique.mail.Mail;
import org.fabrique.mail.MailConnection;
import org.fabrique.mail.Mailer;
import org.fabrique.testing.TestClock;
import org.fabrique.testing.TestDatabase;
import org.fabrique.web.Markdown;
import org.fabrique.web.PageRenderer;
import org.fabrique.web.Site;

/**
 * The newsletter's components over a real migrated in-memory Derby, with fakes for the core's
 * people and consents, the mailer (which records what it is given) and the web's renderer.
 */
final class NewsletterFixture {

    final TestClock clock = new TestClock();
    final Jdbc jdbc;
    final FakePeople people = new FakePeople();
    final FakeConsents consents = new FakeConsents();
    final List<Mail> mailed = new CopyOnWriteArrayList<>();
    final Site site = () -> "https://fabrique.example";
    final MailingLists lists;
    final Subscriptions subscriptions;
    final LetterSections sections = new LetterSections();
    final LetterRenderer renderer;
    final Promotions promotions;
    final Letters letters;
    final DeliveryQueue queue;

    NewsletterFixture(TestDatabase db) {
        db.migrations().migrate("db/newsletter/changelog.yaml", NewsletterFixture.class.getClassLoader());
        jdbc = new Jdbc(db.dataSource());
        lists = new MailingLists(jdbc, clock);
        Mailer mailer = new Mailer() {
            @Override
            public Delivery send(Mail mail) {
                mailed.add(mail);
                return Delivery.SENT;
            }

            @Override
            public MailConnection connect() {
                throw new UnsupportedOperationException("not used by these tests");
            }
        };
        subscriptions = new Subscriptions(jdbc, lists, people, consents, mailer, site, Duration.ofHours(72), 3, 10, clock);
        promotions = new Promotions(jdbc, structures(), memberships(), clock);
        renderer = new LetterRenderer(new PageRenderer() {
            @Override
            public void render(javax.servlet.http.HttpServletRequest request,
                    javax.servlet.http.HttpServletResponse response, org.fabrique.web.Page page) {
                throw new UnsupportedOperationException();
            }

            @Override
            public String fragment(org.fabrique.web.Page page, Language language) {
                return "<html>" + page.model().get("body") + " " + page.model().get("sections") + " <a href=\""
                        + page.model().get("unsubscribe") + "\">x</a></html>";
            }
        }, new Markdown() {
            @Override
            public String toHtml(String markdown) {
                return "<p>" + markdown + "</p>";
            }

            @Override
            public String toPlainText(String markdown) {
                return markdown.replace("*", "");
            }
        }, site, sections, promotions);
        letters = new Letters(jdbc, lists, renderer, clock);
        queue = new DeliveryQueue(jdbc, subscriptions, clock);
    }

    /** Structure 7 is "La Rotonde", 8 "Le Mixeur"; person 50 is a member of 7 only. */
    private static org.fabrique.core.Structures structures() {
        return (org.fabrique.core.Structures) java.lang.reflect.Proxy.newProxyInstance(NewsletterFixture.class.getClassLoader(),
                new Class<?>[] {org.fabrique.core.Structures.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("find")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    long id = (Long) args[0];
                    String name = id == 7 ? "La Rotonde" : id == 8 ? "Le Mixeur" : null;
                    return Optional.ofNullable(name == null ? null : new org.fabrique.core.Structure(id, name, null,
                            null, null, null, null, null, null, Instant.EPOCH, Instant.EPOCH));
                });
    }

    private static org.fabrique.core.Memberships memberships() {
        return (org.fabrique.core.Memberships) java.lang.reflect.Proxy.newProxyInstance(NewsletterFixture.class.getClassLoader(),
                new Class<?>[] {org.fabrique.core.Memberships.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("activeRole")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return (Long) args[0] == 50 && (Long) args[1] == 7
                            ? Optional.of(org.fabrique.core.MembershipRole.MEMBER) : Optional.empty();
                });
    }

    void clear() {
        for (String table : List.of("newsletter_confirmation_sent", "newsletter_promotion", "newsletter_bounce", "newsletter_delivery", "newsletter_unsubscribe_token", "newsletter_letter",
                "newsletter_suppression", "newsletter_subscriber")) {
            jdbc.update("DELETE FROM " + table);
        }
        jdbc.update("DELETE FROM newsletter_list WHERE slug NOT IN ('agenda-semaine', 'lettre-mensuelle')");
        mailed.clear();
        consents.recorded.clear();
    }

    long weekly() {
        return lists.bySlug("agenda-semaine").orElseThrow().id();
    }

    /** The module's configuration: the defaults, with some values replaced. */
    static NewsletterConfig config(Map<String, Object> values) {
        return (NewsletterConfig) java.lang.reflect.Proxy.newProxyInstance(NewsletterFixture.class.getClassLoader(),
                new Class<?>[] {NewsletterConfig.class}, (proxy, method, args) -> values.containsKey(method.getName())
                        ? values.get(method.getName()) : method.getDefaultValue());
    }

    /** Confirmed subscribers imported on a stated basis. */
    void subscribers(long listId, int count) {
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new ImportRow("lecteur" + i + "@example.org", null));
        }
        subscriptions.importRows(listId, rows, "liste papier du forum", 1);
    }

    static final class FakePeople implements People {
        final Map<String, Person> byEmail = new ConcurrentHashMap<>();
        private final AtomicLong ids = new AtomicLong(100);

        @Override
        public Page<Person> list(PageRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Person> find(long id) {
            return byEmail.values().stream().filter(p -> p.id() == id).findFirst();
        }

        @Override
        public Optional<Person> findByEmail(String email) {
            return Optional.ofNullable(byEmail.get(email));
        }

        @Override
        public Person create(PersonChange change) {
            Person person = new Person(ids.incrementAndGet(), change.name(), change.email(), null, change.language(),
                    Instant.EPOCH, Instant.EPOCH);
            byEmail.put(change.email(), person);
            return person;
        }

        @Override
        public Person update(long id, PersonChange change) {
            throw new UnsupportedOperationException();
        }
    }

    static final class FakeConsents implements Consents {
        final List<Consent> recorded = new CopyOnWriteArrayList<>();

        @Override
        public Consent record(long personId, ConsentChange change, String source) {
            Consent consent = new Consent(recorded.size() + 1, personId, change.purpose(), change.scope(),
                    change.granted(), Instant.EPOCH, source);
            recorded.add(consent);
            return consent;
        }

        @Override
        public List<Consent> history(long personId) {
            return recorded.stream().filter(c -> c.personId() == personId).toList();
        }

        @Override
        public List<Consent> current(long personId) {
            Map<String, Consent> latest = new java.util.LinkedHashMap<>();
            for (Consent consent : history(personId)) {
                latest.put(consent.purpose() + " " + consent.scope(), consent);
            }
            return List.copyOf(latest.values());
        }

        @Override
        public boolean isGranted(long personId, String purpose, String scope) {
            return current(personId).stream().anyMatch(c -> c.purpose().equals(purpose) && c.scope().equals(scope)
                    && c.granted());
        }
    }
}
