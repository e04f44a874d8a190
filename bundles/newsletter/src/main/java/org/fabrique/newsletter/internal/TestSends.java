package org.fabrique.newsletter.internal;

import org.fabrique.mail.Mailer;
import org.fabrique.web.Site;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A test copy of a letter to the editor themselves, through the platform's mailer: the same parts
 * and headers as the real send, subject marked "[Test]", the unsubscribe link pointing to the lists
 * page (an editor's test copy unsubscribes nobody).
 */
@Component(service = TestSends.class, configurationPid = NewsletterConfig.PID)
public class TestSends {

    private final Letters letters;
    private final MailingLists lists;
    private final Mailer mailer;
    private final LetterMails mails;

    @Activate
    public TestSends(@Reference Letters letters, @Reference MailingLists lists, @Reference Mailer mailer,
            @Reference Site site, NewsletterConfig config) {
        this.letters = letters;
        this.lists = lists;
        this.mailer = mailer;
        this.mails = new LetterMails(site, config.unsubscribeAddress(), config.listIdDomain());
    }

    public void send(long letterId, String email) {
        Letter letter = letters.require(letterId);
        mailer.send(mails.testMail(letters.preview(letter), lists.require(letter.listId()), email));
    }
}
