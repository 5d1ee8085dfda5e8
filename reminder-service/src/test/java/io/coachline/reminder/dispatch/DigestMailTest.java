package io.coachline.reminder.dispatch;

import io.coachline.common.tenancy.TenantScope;
import io.coachline.common.people.Client;
import io.coachline.reminder.reminders.Reminder;
import io.coachline.reminder.reminders.ReminderStatus;
import io.coachline.reminder.settings.Delivery;
import io.coachline.reminder.settings.NotificationSettings;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static io.coachline.reminder.reminders.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * E-mail as the seeker chose it, read back over IMAP from the stack's real mail server: one morning digest
 * (multipart text + HTML, a portal link per follow-up, RFC 8058 one-click unsubscribe) by default, one
 * mail per follow-up, or none; the unsubscribe address works without login and switches to NONE.
 */
@QuarkusTest
class DigestMailTest {

    @Inject
    Dispatcher dispatcher;

    @Inject
    MailSender mail;

    record Received(String subject, String text, String html, String unsubscribe, String unsubscribePost) {
    }

    @Test
    void aSeekerWithSeveralDueFollowUpsGetsOneDigestWithAllOfThem() throws Exception {
        UUID seeker = UUID.randomUUID();
        String email = "digest-" + seeker + "@fjord.example";
        List<String> employers = dueFollowUps(seeker, email, "nb", 3, null);

        dispatcher.dispatchDue();
        mail.sendPending();
        dispatcher.dispatchDue();
        mail.sendPending();

        assertEquals(3, count(seeker, ReminderStatus.DUE));
        List<Received> inbox = mailbox(email);
        assertEquals(1, inbox.size(), "one digest, not one mail per follow-up");
        Received digest = inbox.get(0);
        assertTrue(digest.subject().contains("3 oppfølginger"), digest.subject());
        for (String employer : employers) {
            assertTrue(digest.text().contains(employer), "the text part lists " + employer);
            assertTrue(digest.html().contains(employer), "the HTML part lists " + employer);
        }
        assertTrue(digest.text().contains("Hvorfor nå: Søkte "), "the reason in the seeker's language: " + digest.text());
        assertFalse(digest.text().matches("(?s).*\\bF[1-9]\\b.*"), "no rule codes");
        assertEquals(3, digest.text().split("/#/applications/", -1).length - 1, "a portal link per follow-up");
        assertTrue(digest.html().contains("<a href=\"http"), digest.html());
        assertTrue(digest.html().contains("<mark"), "the seeker's part is marked in the HTML");
        assertNotNull(digest.unsubscribe(), "List-Unsubscribe");
        assertTrue(digest.unsubscribe().matches("<https?://.+/api/settings/unsubscribe/.+>"), digest.unsubscribe());
        assertEquals("List-Unsubscribe=One-Click", digest.unsubscribePost());

        // the address as the header gives it, without any credentials: RFC 8058 one-click POST
        String path = URI.create(digest.unsubscribe().substring(1, digest.unsubscribe().length() - 1)).getPath();
        given().get(path).then().statusCode(200).body(containsString("<form method=\"post\""));
        assertEquals(Delivery.DIGEST, delivery(seeker), "showing the confirmation changes nothing");
        given().contentType("application/x-www-form-urlencoded").formParam("List-Unsubscribe", "One-Click")
                .post(path).then().statusCode(200);
        assertEquals(Delivery.NONE, delivery(seeker));
        given().post(path.substring(0, path.length() - 2) + "xx").then().statusCode(404);
        given().post(path.replace("/unsubscribe/", "/unsubscribe/A")).then().statusCode(404);
    }

    @Test
    void eachGivesOneMailPerFollowUpAndNoneGivesNone() throws Exception {
        UUID each = UUID.randomUUID();
        String eachEmail = "each-" + each + "@fjord.example";
        UUID none = UUID.randomUUID();
        String noneEmail = "none-" + none + "@fjord.example";
        dueFollowUps(each, eachEmail, "en", 2, Delivery.EACH);
        dueFollowUps(none, noneEmail, "en", 2, Delivery.NONE);

        dispatcher.dispatchDue();
        mail.sendPending();

        assertEquals(2, count(each, ReminderStatus.DUE));
        assertEquals(2, count(none, ReminderStatus.DUE), "NONE still puts them in Today");
        List<Received> inbox = mailbox(eachEmail);
        assertEquals(2, inbox.size());
        for (Received m : inbox) {
            assertTrue(m.subject().startsWith("[Coachline] Status of my application"), m.subject());
            assertTrue(m.text().contains("Why now: Applied on "), m.text());
            assertNotNull(m.html());
            assertNotNull(m.unsubscribe());
        }
        assertEquals(0, mailbox(noneEmail).size());
    }

    /** A seeker (optionally with a delivery setting) with {@code n} applications whose status check is due. */
    List<String> dueFollowUps(UUID seeker, String email, String locale, int n, Delivery delivery) {
        seeker("fjord", seeker, "Digest Person", email, locale, FJORD_COACH1);
        assertNotNull(eventually(() -> TenantScope.call("fjord", () -> QuarkusTransaction.requiringNew().call(() ->
                Client.findById(seeker) != null ? Boolean.TRUE : null))));
        if (delivery != null) {
            TenantScope.run("fjord", () -> QuarkusTransaction.requiringNew().run(() ->
                    NotificationSettings.store("fjord", seeker, delivery)));
        }
        List<String> employers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            UUID app = UUID.randomUUID();
            String employer = "Arbeidsgiver " + (char) ('A' + i) + " " + seeker.toString().substring(0, 6);
            employers.add(employer);
            publishApplication("fjord", app, "tracker.application.created.v1",
                    applied(app, seeker, employer, 30, Instant.now()));
        }
        assertNotNull(eventually(() -> count(seeker, ReminderStatus.SCHEDULED) == n ? Boolean.TRUE : null, 60));
        return employers;
    }

    static Delivery delivery(UUID seeker) {
        return TenantScope.call("fjord", () -> QuarkusTransaction.requiringNew().call(() ->
                NotificationSettings.deliveryOf(seeker)));
    }

    static long count(UUID seeker, ReminderStatus status) {
        return TenantScope.call("fjord", () -> QuarkusTransaction.requiringNew().call(() ->
                Reminder.count("seekerId = ?1 and status = ?2", seeker, status)));
    }

    static List<Received> mailbox(String address) throws Exception {
        int port = ConfigProvider.getConfig().getValue("coachline.imap-port", Integer.class);
        Session session = Session.getInstance(new Properties());
        List<Received> out = new ArrayList<>();
        try (Store store = session.getStore("imap")) {
            store.connect("localhost", port, address, "any");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            for (Message m : inbox.getMessages()) {
                String text = null;
                String html = null;
                if (m.getContent() instanceof Multipart parts) {
                    for (int i = 0; i < parts.getCount(); i++) {
                        BodyPart part = parts.getBodyPart(i);
                        if (part.isMimeType("text/plain")) {
                            text = (String) part.getContent();
                        } else if (part.isMimeType("text/html")) {
                            html = (String) part.getContent();
                        }
                    }
                } else {
                    text = String.valueOf(m.getContent());
                }
                String[] unsubscribe = m.getHeader("List-Unsubscribe");
                String[] post = m.getHeader("List-Unsubscribe-Post");
                out.add(new Received(m.getSubject(), text, html, unsubscribe == null ? null : unsubscribe[0],
                        post == null ? null : post[0]));
            }
            inbox.close(false);
        }
        return out;
    }
}
