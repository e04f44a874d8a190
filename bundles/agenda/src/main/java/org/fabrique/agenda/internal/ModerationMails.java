package org.fabrique.agenda.internal;

import org.fabrique.agenda.Event;
import org.fabrique.mail.Mail;
import org.fabrique.mail.Mailer;
import org.fabrique.web.Site;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The moderator's answer to whoever submitted an event, by mail, in French then English. */
@Component(service = ModerationMails.class)
public class ModerationMails {

    private static final Logger LOG = LoggerFactory.getLogger(ModerationMails.class);

    private final Mailer mailer;
    private final Site site;
    private final Events events;

    @Activate
    public ModerationMails(@Reference Mailer mailer, @Reference Site site, @Reference Events events) {
        this.mailer = mailer;
        this.site = site;
        this.events = events;
    }

    /** Tells the author what became of their event; a mail that cannot go is logged, never fatal. */
    public void tell(Event event, String message) {
        String[] author = events.author(event.id()).orElse(new String[2]);
        if (author[0] == null) {
            return;
        }
        boolean published = event.review() == Event.Review.PUBLISHED;
        String link = site.absolute(AgendaPaths.event(event.id()));
        String note = message == null || message.isBlank() ? "" : "\n\nMot de la modération / Moderator's note :\n" + message.trim();
        String text = published
                ? "Bonjour,\n\nVotre événement « " + event.title() + " » est publié dans l'agenda de la Fabrique :\n" + link
                        + note + "\n\n--\nHello,\n\nYour event \"" + event.title() + "\" is published in the Fabrique's agenda:\n" + link
                : "Bonjour,\n\nVotre événement « " + event.title() + " » n'a pas été retenu pour l'agenda de la Fabrique." + note
                        + "\n\n--\nHello,\n\nYour event \"" + event.title() + "\" was not accepted in the Fabrique's agenda.";
        String subject = published ? "Votre événement est publié : " + event.title()
                : "Votre événement n'a pas été retenu : " + event.title();
        try {
            mailer.send(Mail.of(author[0], subject.length() > 200 ? subject.substring(0, 200) : subject, text));
        } catch (RuntimeException e) {
            LOG.warn("Could not tell the author of event {}: {}", event.id(), e.getMessage());
        }
    }
}
