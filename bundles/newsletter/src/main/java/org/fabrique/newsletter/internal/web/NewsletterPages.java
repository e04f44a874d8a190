package org.fabrique.newsletter.internal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.fabrique.core.AuthenticationRequired;
import org.fabrique.core.Caller;
import org.fabrique.core.InvalidInput;
import org.fabrique.core.TooManyAttempts;
import org.fabrique.core.Language;
import org.fabrique.newsletter.internal.Letter;
import org.fabrique.newsletter.internal.Letters;
import org.fabrique.newsletter.internal.MailingList;
import org.fabrique.newsletter.internal.MailingLists;
import org.fabrique.newsletter.internal.NewsletterModule;
import org.fabrique.newsletter.internal.RenderedLetter;
import org.fabrique.newsletter.internal.Subscriptions;
import org.fabrique.web.Page;
import org.fabrique.web.PageRenderer;
import org.fabrique.web.Site;
import org.fabrique.web.Visitors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /lettres}: the public lists with a subscribe form and the archive; the confirmation and
 * unsubscribe pages of the links in mails (GET shows a button, POST acts: the token in the URL is
 * the authority, so the RFC 8058 one-click POST needs no cookie nor CSRF field); the archived
 * letters and their Atom feed.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/lettres/*",
        "osgi.http.whiteboard.servlet.name=fabrique-newsletter" })
public class NewsletterPages extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String INDEX = "templates/newsletter/index.ftlh";
    private static final String NOTICE = "templates/newsletter/notice.ftlh";
    private static final String MINE = "templates/newsletter/subscriptions.ftlh";
    private static final java.util.regex.Pattern MEMBER_ACTION =
            java.util.regex.Pattern.compile("/abonnements/(\\d{1,18})/(abonner|desabonner)");

    private final transient PageRenderer pages;
    private final transient Visitors visitors;
    private final transient MailingLists lists;
    private final transient Subscriptions subscriptions;
    private final transient Letters letters;
    private final transient Site site;
    private final transient MemberSubscriptions mine;

    @Activate
    public NewsletterPages(@Reference PageRenderer pages, @Reference Visitors visitors, @Reference MailingLists lists,
            @Reference Subscriptions subscriptions, @Reference Letters letters, @Reference Site site,
            @Reference MemberSubscriptions mine) {
        this.mine = mine;
        this.pages = pages;
        this.visitors = visitors;
        this.lists = lists;
        this.subscriptions = subscriptions;
        this.letters = letters;
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = path(request);
        boolean en = visitors.language(request) == Language.EN;
        if (path.isEmpty() || path.equals("/")) {
            index(request, response, Map.of(), 200);
        } else if (path.equals("/confirmation")) {
            notice(request, response, en ? "Confirm your subscription" : "Confirmer votre abonnement",
                    en ? "One click and you will receive the letter." : "Un clic et vous recevrez la lettre.",
                    form("/lettres/confirmation", request.getParameter("jeton"),
                            en ? "Confirm my subscription" : "Confirmer mon abonnement"), 200);
        } else if (path.equals("/desabonnement")) {
            notice(request, response, en ? "Unsubscribe" : "Se désabonner",
                    en ? "You will no longer receive this letter." : "Vous ne recevrez plus cette lettre.",
                    form("/lettres/desabonnement", request.getParameter("jeton"),
                            en ? "Unsubscribe" : "Me désabonner"), 200);
        } else if (path.equals("/abonnements")) {
            mySubscriptions(request, response);
        } else if (path.equals("/archives.atom")) {
            atom(response);
        } else if (path.startsWith("/archives/")) {
            archived(path.substring("/archives/".length()), response);
        } else {
            response.sendError(404);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String path = path(request);
        boolean en = visitors.language(request) == Language.EN;
        String from = " from " + request.getRemoteAddr();
        if (path.equals("/abonnement")) {
            visitors.requireCsrf(request);
            subscribe(request, response, en);
        } else if (MEMBER_ACTION.matcher(path).matches()) {
            visitors.requireCsrf(request);
            changeMySubscription(request, response, MEMBER_ACTION.matcher(path));
        } else if (path.equals("/confirmation")) {
            try {
                MailingList list = subscriptions.confirm(request.getParameter("jeton"), "page /lettres/confirmation" + from);
                notice(request, response, en ? "Subscription confirmed" : "Abonnement confirmé",
                        (en ? "You will receive « " : "Vous recevrez « ") + list.name() + " ».", null, 200);
            } catch (InvalidInput e) {
                notice(request, response, en ? "Link expired" : "Lien expiré",
                        en ? "This confirmation link has expired or was already used. Subscribe again from /lettres."
                                : "Ce lien de confirmation a expiré ou a déjà servi. Abonnez-vous à nouveau depuis /lettres.",
                        null, 400);
            }
        } else if (path.equals("/desabonnement")) {
            try {
                Optional<MailingList> list = subscriptions.unsubscribeByToken(request.getParameter("jeton"),
                        "One-Click".equals(request.getParameter("List-Unsubscribe")) ? "one-click" + from
                                : "page /lettres/desabonnement" + from);
                notice(request, response, en ? "Unsubscribed" : "Désabonnement enregistré",
                        (en ? "You will no longer receive « " : "Vous ne recevrez plus « ")
                                + list.map(MailingList::name).orElse("") + " ».", null, 200);
            } catch (InvalidInput e) {
                notice(request, response, en ? "Unknown link" : "Lien inconnu",
                        en ? "This unsubscribe link is not known." : "Ce lien de désabonnement n'est pas connu.", null, 400);
            }
        } else {
            response.sendError(404);
        }
    }

    /** {@code /lettres/abonnements}: the logged-in person's lists, subscribe or unsubscribe in one click. */
    private void mySubscriptions(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Caller caller = visitors.caller(request)
                .orElseThrow(() -> new AuthenticationRequired("Log in to see your subscriptions."));
        Map<String, Object> model = new HashMap<>();
        model.put("lists", mine.of(caller));
        model.put("email", caller.email());
        String title = visitors.language(request) == Language.EN ? "My newsletters" : "Mes lettres d'information";
        pages.render(request, response, new Page(NewsletterPages.class.getClassLoader(), MINE, title, model));
    }

    private void changeMySubscription(HttpServletRequest request, HttpServletResponse response,
            java.util.regex.Matcher action) {
        Caller caller = visitors.caller(request)
                .orElseThrow(() -> new AuthenticationRequired("Log in to change your subscriptions."));
        action.matches();
        long listId = Long.parseLong(action.group(1));
        MailingList list = lists.require(listId);
        boolean en = visitors.language(request) == Language.EN;
        if ("abonner".equals(action.group(2))) {
            if (!list.isPublic()) {
                throw new org.fabrique.core.AccessDenied("This list is for the members of its structure.");
            }
            subscriptions.subscribeMember(listId, caller.personId(), caller.email(), "espace membre /lettres/abonnements");
            visitors.flash(response, (en ? "You will receive « " : "Vous recevrez « ") + list.name() + " ».");
        } else {
            subscriptions.find(listId, caller.email()).ifPresent(
                    s -> subscriptions.unsubscribe(s.id(), "espace membre /lettres/abonnements"));
            visitors.flash(response, (en ? "You will no longer receive « " : "Vous ne recevrez plus « ") + list.name()
                    + " ».");
        }
        response.setStatus(303);
        response.setHeader("Location", "/lettres/abonnements");
    }

    private void subscribe(HttpServletRequest request, HttpServletResponse response, boolean en) throws IOException {
        String email = request.getParameter("email");
        long listId;
        try {
            listId = Long.parseLong(request.getParameter("list"));
        } catch (NumberFormatException e) {
            listId = -1;
        }
        Optional<MailingList> list = lists.find(listId).filter(MailingList::isPublic);
        Map<String, Object> errors = new HashMap<>();
        if (list.isEmpty()) {
            errors.put("listError", en ? "Choose a letter." : "Choisissez une lettre.");
        } else {
            try {
                subscriptions.subscribe(listId, email, request.getParameter("name"), visitors.language(request),
                        "page /lettres" + " from " + request.getRemoteAddr(), request.getRemoteAddr());
            } catch (InvalidInput e) {
                errors.put("emailError", en ? "Enter a valid e-mail address." : "Saisissez une adresse e-mail valide.");
            } catch (TooManyAttempts e) {
                response.setHeader("Retry-After", String.valueOf(Math.max(1, e.retryAfter().toSeconds())));
                errors.put("email", email == null ? "" : email);
                errors.put("emailError", en ? "Too many confirmation mails requested: check your mailbox (and spam folder) or try again later."
                        : "Trop de demandes de confirmation : regardez votre boîte mail (et les indésirables) ou réessayez plus tard.");
                index(request, response, errors, 429);
                return;
            }
        }
        if (!errors.isEmpty()) {
            errors.put("email", email == null ? "" : email);
            index(request, response, errors, 400);
            return;
        }
        notice(request, response, en ? "Check your mailbox" : "Vérifiez votre boîte mail",
                en ? "We sent you a link: follow it to confirm your subscription."
                        : "Nous vous avons envoyé un lien : suivez-le pour confirmer votre abonnement.", null, 200);
    }

    private void index(HttpServletRequest request, HttpServletResponse response, Map<String, Object> values, int status)
            throws IOException {
        Map<String, Object> model = new HashMap<>(values);
        model.putIfAbsent("email", "");
        model.putIfAbsent("emailError", "");
        model.putIfAbsent("listError", "");
        Optional<Caller> caller = visitors.caller(request);
        model.put("member", caller.isPresent());
        model.put("editor", caller.map(c -> c.hasRole(NewsletterModule.EDITOR)).orElse(false));
        model.put("lists", lists.all().stream().filter(MailingList::isPublic).map(l -> Map.of("id", l.id(),
                "name", l.name(), "description", l.description() == null ? "" : l.description())).toList());
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH).withZone(
                java.time.ZoneId.of("Europe/Paris"));
        model.put("archive", letters.archive().stream().map(l -> Map.of("id", l.id(), "subject", l.subject(),
                "sentAt", l.sentAt() == null ? "" : format.format(l.sentAt()))).toList());
        String title = visitors.language(request) == Language.EN ? "Newsletters" : "Lettres d'information";
        pages.render(request, response, new Page(NewsletterPages.class.getClassLoader(), INDEX, title, model, status));
    }

    private void notice(HttpServletRequest request, HttpServletResponse response, String title, String text,
            Map<String, Object> form, int status) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("text", text);
        model.put("form", form);
        pages.render(request, response, new Page(NewsletterPages.class.getClassLoader(), NOTICE, title, model, status));
    }

    private static Map<String, Object> form(String action, String token, String label) {
        return Map.of("action", action, "token", token == null ? "" : token, "label", label);
    }

    /** A sent letter as its readers got it (the unsubscribe link points to the lists page). */
    private void archived(String id, HttpServletResponse response) throws IOException {
        Optional<Letter> letter;
        try {
            letter = letters.find(Long.parseLong(id)).filter(l -> Letter.SENT.equals(l.status()));
        } catch (NumberFormatException e) {
            letter = Optional.empty();
        }
        Optional<MailingList> list = letter.flatMap(l -> lists.find(l.listId())).filter(MailingList::isPublic);
        Optional<RenderedLetter> content = letter.flatMap(l -> letters.frozen(l.id()));
        if (list.isEmpty() || content.isEmpty()) {
            response.sendError(404);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(content.get().forRecipient(site.absolute("/lettres")).html());
    }

    private void atom(HttpServletResponse response) throws IOException {
        List<Letter> archive = letters.archive();
        StringBuilder feed = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<title>Lettres de la Fabrique de la Transition</title>\n")
                .append("<id>").append(xml(site.absolute("/lettres/archives.atom"))).append("</id>\n")
                .append("<link rel=\"self\" href=\"").append(xml(site.absolute("/lettres/archives.atom"))).append("\"/>\n")
                .append("<link rel=\"alternate\" href=\"").append(xml(site.absolute("/lettres"))).append("\"/>\n")
                .append("<updated>").append(DateTimeFormatter.ISO_INSTANT.format(archive.isEmpty() ? java.time.Instant.EPOCH
                        : archive.get(0).sentAt())).append("</updated>\n");
        for (Letter letter : archive) {
            String url = site.absolute("/lettres/archives/" + letter.id());
            feed.append("<entry>\n<title>").append(xml(letter.subject())).append("</title>\n<id>").append(xml(url))
                    .append("</id>\n<link href=\"").append(xml(url)).append("\"/>\n<updated>")
                    .append(DateTimeFormatter.ISO_INSTANT.format(letter.sentAt().atOffset(ZoneOffset.UTC)))
                    .append("</updated>\n<author><name>Fabrique de la Transition</name></author>\n</entry>\n");
        }
        feed.append("</feed>\n");
        response.setContentType("application/atom+xml;charset=UTF-8");
        response.getOutputStream().write(feed.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String path(HttpServletRequest request) {
        return request.getPathInfo() == null ? "" : request.getPathInfo();
    }
}
