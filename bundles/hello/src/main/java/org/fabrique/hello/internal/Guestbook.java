package org.fabrique.hello.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManagerFactory;

import org.fabrique.core.InvalidInput;
import org.fabrique.core.storage.SchemaMigrations;
import org.fabrique.core.storage.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The guestbook's messages, in the module's own table, migrated when the module starts. */
@Component(service = Guestbook.class)
public class Guestbook {

    private final Store store;

    @Activate
    public Guestbook(@Reference SchemaMigrations migrations,
            @Reference(target = "(osgi.unit.name=fabrique-hello)") EntityManagerFactory factory) {
        migrations.migrate("db/hello/changelog.yaml", Guestbook.class.getClassLoader());
        this.store = new Store(factory);
    }

    public List<Message> latest(int count) {
        return store.read(em -> em.createQuery("SELECT m FROM MessageEntity m ORDER BY m.writtenAt DESC, m.id DESC",
                MessageEntity.class).setMaxResults(count).getResultList().stream().map(MessageEntity::toMessage)
                .toList());
    }

    /** The latest messages as template values: their text. */
    public List<Map<String, Object>> latestForPages(int count) {
        return latest(count).stream().map(m -> Map.<String, Object>of("text", m.text())).toList();
    }

    public List<Message> byAuthor(long authorId) {
        return store.read(em -> em.createQuery("SELECT m FROM MessageEntity m WHERE m.authorId = :a ORDER BY m.id",
                MessageEntity.class).setParameter("a", authorId).getResultList().stream()
                .map(MessageEntity::toMessage).toList());
    }

    /** Writes a message; {@link InvalidInput} on {@code text} when it is empty or longer than 500 characters. */
    public Message write(long authorId, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput("text", "must not be blank");
        }
        if (text.trim().length() > NewMessage.MAX_LENGTH) {
            throw new InvalidInput("text", "must have at most " + NewMessage.MAX_LENGTH + " characters");
        }
        return store.write(em -> {
            MessageEntity message = new MessageEntity();
            message.authorId = authorId;
            message.text = text.trim();
            message.writtenAt = Instant.now();
            em.persist(message);
            em.flush();
            return message.toMessage();
        });
    }

    public Optional<Message> find(long id) {
        return store.read(em -> Optional.ofNullable(em.find(MessageEntity.class, id)).map(MessageEntity::toMessage));
    }

    public void remove(long id) {
        store.run(em -> em.createQuery("DELETE FROM MessageEntity m WHERE m.id = :id").setParameter("id", id)
                .executeUpdate());
    }

    public void eraseAuthor(long authorId) {
        store.run(em -> em.createQuery("DELETE FROM MessageEntity m WHERE m.authorId = :a")
                .setParameter("a", authorId).executeUpdate());
    }
}
