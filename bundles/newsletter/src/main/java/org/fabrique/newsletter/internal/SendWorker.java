package org.fabrique.newsletter.internal;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.fabrique.mail.MailConnection;
import org.fabrique.mail.MailRefused;
import org.fabrique.mail.MailUnavailable;
import org.fabrique.mail.Mailer;
import org.fabrique.web.Site;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works through the delivery queue on this node: {@code connections} threads, each with one SMTP
 * connection kept open, claiming {@code batchSize} recipients at a time, all together at most
 * {@code messagesPerSecond}. Temporary failures are retried with a doubling delay; permanent ones
 * are marked failed with their reason. Also starts the scheduled letters whose time has come.
 */
@Component(service = SendWorker.class, immediate = true, configurationPid = NewsletterConfig.PID)
@Designate(ocd = NewsletterConfig.class)
public class SendWorker {

    private static final Logger LOG = LoggerFactory.getLogger(SendWorker.class);

    private final DeliveryQueue queue;
    private final Subscriptions subscriptions;
    private final Letters letters;
    private final MailingLists lists;
    private final Mailer mailer;
    private final LetterMails mails;
    private final Throttle throttle;
    private final NewsletterConfig config;
    private final String owner;
    private final Map<Long, RenderedLetter> frozen = new ConcurrentHashMap<>();
    private final Map<Long, MailingList> listOfLetter = new ConcurrentHashMap<>();
    private final ExecutorService threads;
    private volatile boolean running = true;

    @Activate
    public SendWorker(@Reference DeliveryQueue queue, @Reference Subscriptions subscriptions, @Reference Letters letters, @Reference MailingLists lists,
            @Reference Mailer mailer, @Reference Site site, NewsletterConfig config) {
        this.queue = queue;
        this.subscriptions = subscriptions;
        this.letters = letters;
        this.lists = lists;
        this.mailer = mailer;
        this.config = config;
        this.mails = new LetterMails(site, config.unsubscribeAddress(), config.listIdDomain());
        this.throttle = new Throttle(config.messagesPerSecond());
        this.owner = nodeName();
        int connections = Math.max(1, config.connections());
        this.threads = Executors.newFixedThreadPool(connections, r -> {
            Thread thread = new Thread(r, "fabrique-newsletter-send");
            thread.setDaemon(true);
            return thread;
        });
        for (int i = 0; i < connections; i++) {
            boolean first = i == 0;
            threads.execute(() -> loop(first));
        }
        LOG.info("Newsletter sending as {}: {} connection(s), {} messages/s, batches of {}", owner, connections,
                config.messagesPerSecond(), config.batchSize());
    }

    @Deactivate
    void stop() throws InterruptedException {
        running = false;
        threads.shutdownNow();
        if (!threads.awaitTermination(20, TimeUnit.SECONDS)) {
            LOG.warn("Newsletter send threads did not stop in time");
        }
    }

    /** This node's name in the claims: host and a random part, new at each start. */
    String owner() {
        return owner;
    }

    private void loop(boolean startsScheduled) {
        while (running) {
            try {
                if (startsScheduled) {
                    letters.startDue();
                }
                List<ClaimedDelivery> batch = queue.claim(owner, Math.max(1, config.batchSize()),
                        Duration.ofSeconds(Math.max(10, config.claimSeconds())));
                if (batch.isEmpty()) {
                    Thread.sleep(Math.max(50, config.pollMillis()));
                    continue;
                }
                send(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("Newsletter send loop failed; trying again shortly", e);
                sleepQuietly();
            }
        }
    }

    private void send(List<ClaimedDelivery> batch) throws InterruptedException {
        Set<Long> unwanted = new HashSet<>(queue.noLongerWanted(batch));
        Set<Long> letterIds = new HashSet<>();
        List<ClaimedDelivery> left = new ArrayList<>(batch);
        try (MailConnection connection = mailer.connect()) {
            for (ClaimedDelivery delivery : batch) {
                if (!running || Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException();
                }
                letterIds.add(delivery.letterId());
                if (unwanted.contains(delivery.id())) {
                    queue.failed(delivery, owner, "unsubscribed or suppressed before the send");
                    left.remove(delivery);
                    continue;
                }
                if (!stillConsents(delivery)) {
                    queue.failed(delivery, owner, "consent withdrawn before the send");
                    left.remove(delivery);
                    continue;
                }
                throttle.acquire();
                sendOne(connection, delivery);
                left.remove(delivery);
            }
        } catch (InterruptedException e) {
            queue.release(left, owner);
            throw e;
        } finally {
            letterIds.forEach(letters::completeIfDone);
        }
    }

    private boolean stillConsents(ClaimedDelivery delivery) {
        Optional<Subscription> subscription = subscriptions.find(delivery.subscriberId());
        return subscription.isPresent() && subscriptions.stillConsents(subscription.get(),
                listOf(delivery.letterId()));
    }

    private void sendOne(MailConnection connection, ClaimedDelivery delivery) {
        Optional<RenderedLetter> letter = Optional.ofNullable(frozen.computeIfAbsent(delivery.letterId(),
                id -> letters.frozen(id).orElse(null)));
        if (letter.isEmpty()) {
            queue.failed(delivery, owner, "the letter has no content to send");
            return;
        }
        try {
            MailingList list = listOf(delivery.letterId());
            connection.send(mails.mail(letter.get(), list, delivery.email(), delivery.unsubscribeToken(), delivery.id()));
            queue.sent(delivery, owner);
        } catch (MailRefused e) {
            queue.failed(delivery, owner, e.getMessage());
        } catch (MailUnavailable e) {
            int attempts = delivery.attempts() + 1;
            if (attempts >= config.maxAttempts()) {
                queue.failed(delivery, owner, "after " + attempts + " attempts: " + e.getMessage());
            } else {
                long delay = (long) Math.max(1, config.firstRetrySeconds()) << Math.min(attempts - 1, 10);
                queue.retryLater(delivery, owner, e.getMessage(), Duration.ofSeconds(delay));
            }
        }
    }

    private MailingList listOf(long letterId) {
        return listOfLetter.computeIfAbsent(letterId, id -> lists.require(letters.require(id).listId()));
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "node";
        }
        String name = host + "/" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }
}
