package io.coachline.reminder.dispatch;

import io.coachline.common.tenancy.TenantScope;
import io.coachline.reminder.reminders.Reminder;
import io.coachline.reminder.reminders.ReminderStatus;
import io.coachline.reminder.settings.Delivery;
import io.coachline.reminder.settings.NotificationSettings;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.coachline.reminder.reminders.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two dispatchers over the same due set: every reminder DUE once and mailed once (counted over IMAP). */
@QuarkusTest
class DispatcherTest {

    static final int REMINDERS = 60;

    @Inject
    Dispatcher dispatcher;

    @Inject
    MailSender mail;

    @Test
    void twoDispatchersDeliverEachReminderOnce() throws Exception {
        assertTrue(Dispatcher.CLAIM_SQL.contains("FOR UPDATE SKIP LOCKED"), Dispatcher.CLAIM_SQL);
        assertTrue(MailSender.CLAIM_SQL.contains("FOR UPDATE SKIP LOCKED"), MailSender.CLAIM_SQL);

        UUID seeker = UUID.randomUUID();
        String email = "dispatch-" + seeker + "@fjord.example";
        seeker("fjord", seeker, "Dispatch Person", email, "nb", FJORD_COACH1);
        assertTrue(eventually(() -> TenantScope.call("fjord", () -> QuarkusTransaction.requiringNew().call(() ->
                io.coachline.common.people.Client.findById(seeker) != null ? Boolean.TRUE : null))) != null);
        // one mail per reminder, so the mailbox counts each reminder (the digest has its own test)
        TenantScope.run("fjord", () -> QuarkusTransaction.requiringNew().run(() ->
                NotificationSettings.store("fjord", seeker, Delivery.EACH)));
        List<UUID> apps = new ArrayList<>();
        for (int i = 0; i < REMINDERS; i++) {
            UUID app = UUID.randomUUID();
            apps.add(app);
            publishApplication("fjord", app, "tracker.application.created.v1",
                    applied(app, seeker, "Employer " + i, 30, Instant.now()));
        }
        assertTrue(eventually(() -> count(seeker, ReminderStatus.SCHEDULED) == REMINDERS ? Boolean.TRUE : null, 60) != null,
                "all reminders planned");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Callable<int[]> replica = () -> {
            start.await();
            int due = 0;
            int sent = 0;
            for (int round = 0; round < 3; round++) {
                due += dispatcher.dispatchDue();
                sent += mail.sendPending();
            }
            return new int[] {due, sent};
        };
        Future<int[]> a = pool.submit(replica);
        Future<int[]> b = pool.submit(replica);
        long t0 = System.nanoTime();
        start.countDown();
        int[] ra = a.get();
        int[] rb = b.get();
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();

        assertEquals(REMINDERS, count(seeker, ReminderStatus.DUE), "every reminder of the seeker is DUE");
        List<String> subjects = mailbox(email);
        assertEquals(REMINDERS, subjects.size(), "one mail per reminder: " + subjects.size());
        Set<String> ids = new HashSet<>(mailIds);
        assertEquals(REMINDERS, ids.size(), "distinct Message-IDs");

        // another round finds nothing more to do for this seeker
        dispatcher.dispatchDue();
        mail.sendPending();
        assertEquals(REMINDERS, mailbox(email).size());

        String line = String.format("dispatch: 2 threads made %d reminders DUE and sent %d mails in %.2f s "
                        + "(%.0f reminders/s incl. SMTP); replica A %d/%d, B %d/%d",
                ra[0] + rb[0], ra[1] + rb[1], seconds, (ra[1] + rb[1]) / seconds, ra[0], ra[1], rb[0], rb[1]);
        System.out.println("[bench] " + line);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/bench-dispatch.txt"), line + "\n");
    }

    final List<String> mailIds = new ArrayList<>();

    List<String> mailbox(String address) throws Exception {
        int port = ConfigProvider.getConfig().getValue("coachline.imap-port", Integer.class);
        Session session = Session.getInstance(new Properties());
        List<String> subjects = new ArrayList<>();
        mailIds.clear();
        try (Store store = session.getStore("imap")) {
            store.connect("localhost", port, address, "any");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            for (Message m : inbox.getMessages()) {
                subjects.add(m.getSubject());
                String[] id = m.getHeader("Message-ID");
                mailIds.add(id == null ? UUID.randomUUID().toString() : id[0]);
            }
            inbox.close(false);
        }
        return subjects;
    }

    static long count(UUID seeker, ReminderStatus status) {
        return TenantScope.call("fjord", () -> QuarkusTransaction.requiringNew().call(() ->
                Reminder.count("seekerId = ?1 and status = ?2", seeker, status)));
    }
}
