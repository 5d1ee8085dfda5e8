package io.coachline.faults;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import static io.coachline.faults.Platform.STACK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Two reminder-service replicas dispatch a burst of due reminders; one is killed with SIGKILL while reminders are
 * being made DUE, the other while their mails go out (each brought back by the supervisor). Each reminder is made DUE
 * once (one {@code reminder.reminder.due.v1} event id each) and each mail reaches the SMTP server once (counted over
 * IMAP by Message-ID; at most the one mail in flight at the kill can come twice). Default 1,000 reminders;
 * {@code -Pfaults} 10,000.
 */
class DispatchFaultTest {
    private static final int REMINDERS = Platform.LONG ? 10_000 : 1_000;
    /** MailSender commits each mail right after the SMTP server accepted it: a kill in between re-sends that one. */
    private static final int MAIL_IN_FLIGHT = 1;
    private static final String SEEKER = "fjord-seeker3";
    private static final String ADDRESS = "fjord-seeker3@fjord.example";

    @BeforeAll
    static void platform() {
        assumeFalse(Boolean.getBoolean("skipFaultTests"), "fault tests skipped (-DskipFaultTests)");
        Platform.ensureRunning();
    }

    @Test
    void eachReminderIsMadeDueOnceAndEachMailDeliveredWhenAReplicaIsKilledMidDispatch() throws Exception {
        // one mail per follow-up (the default is a daily digest), to an address reminder-service knows
        HttpResponse<String> settings = Platform.call("reminder-service", "PUT", "/api/settings", SEEKER, "{\"delivery\":\"EACH\"}");
        assertEquals(200, settings.statusCode(), settings.body());
        // one real application and its planned reminder, cloned into a burst that falls due in a moment
        HttpResponse<String> created = Platform.createApplication(SEEKER, "Dispatch burst");
        assertEquals(201, created.statusCode(), created.body());
        UUID application = Platform.idOf(created);
        UUID template = Await.until(Duration.ofMinutes(2), () -> firstReminder(application), r -> r != null,
                "the application's planned reminder");
        assertEquals(ADDRESS, emailOf(seekerId()), "the seeker's address in reminder-service's people copy");
        List<UUID> burst = clone(template, REMINDERS);
        int restarts2 = STACK.restarts("reminder-service-2");
        int restarts1 = STACK.restarts("reminder-service");

        // SIGKILL one replica while the burst is being made DUE, the other once its mail is going out
        long began = System.nanoTime();
        int[] atFirstKill = Await.until(Duration.ofMinutes(3), () -> progress(burst), p -> p[0] >= REMINDERS / 10,
                "reminders being made DUE");
        STACK.kill("reminder-service-2", "KILL");
        Platform.log("reminder-service-2 killed with " + atFirstKill[0] + " DUE and " + atFirstKill[1] + " mailed of " + REMINDERS);
        int[] atSecondKill = Await.until(Duration.ofMinutes(Platform.LONG ? 20 : 4), () -> progress(burst),
                p -> p[1] >= REMINDERS / 10, "mail going out");
        STACK.kill("reminder-service", "KILL");
        Platform.log("reminder-service killed with " + atSecondKill[0] + " DUE and " + atSecondKill[1] + " mailed of " + REMINDERS);
        assertTrue(atSecondKill[1] < REMINDERS, "killed before the burst was all mailed");

        Await.until(Duration.ofMinutes(Platform.LONG ? 20 : 4), () -> progress(burst),
                p -> p[0] == REMINDERS && p[1] == REMINDERS, "every reminder DUE and mailed");
        double seconds = (System.nanoTime() - began) / 1e9;
        STACK.awaitUp("reminder-service-2", Duration.ofMinutes(2));
        STACK.awaitUp("reminder-service", Duration.ofMinutes(2));
        // restarted by the supervisor (a first start that fails under load is retried and counted again)
        assertTrue(STACK.restarts("reminder-service-2") > restarts2, "reminder-service-2 restarted");
        assertTrue(STACK.restarts("reminder-service") > restarts1, "reminder-service restarted");

        // Kafka delivery is at-least-once (a relay killed after the broker's ack sends a batch again, same event id):
        // "made DUE once" is one due event id per reminder, however often the broker carries it
        Map<String, Set<String>> dueEvents = Await.until(Duration.ofMinutes(2), () -> dueEvents(burst),
                m -> m.size() == REMINDERS, "a due event of every reminder");
        assertEquals(Set.of(1), new HashSet<>(dueEvents.values().stream().map(Set::size).toList()), "one due event id per reminder");

        Set<String> messageIds = messageIds(burst);
        assertEquals(REMINDERS, messageIds.size(), "one mail per reminder queued");
        Map<String, Integer> delivered = Await.until(Duration.ofMinutes(1), () -> mailbox(messageIds),
                m -> m.size() == REMINDERS, "every mail in the mailbox");
        int duplicates = delivered.values().stream().mapToInt(n -> n - 1).sum();
        Platform.log(String.format("dispatch: %d reminders DUE once and mailed by 2 replicas (each killed once) in %.1f s; "
                + "DUE at the first kill %d, mailed at the second %d; %d mails delivered twice (same Message-ID)",
                REMINDERS, seconds, atFirstKill[0], atSecondKill[1], duplicates));
        // SMTP has no transaction: only the mail the killed replica had sent but not yet committed can come twice
        assertTrue(duplicates <= MAIL_IN_FLIGHT, duplicates + " duplicates");
    }

    /** The seeker's id, as the tracker tells them. */
    static UUID seekerId() throws Exception {
        return UUID.fromString(Platform.json(Platform.call("tracker-service", "GET", "/api/me", SEEKER, null)).path("id").asText());
    }

    static String emailOf(UUID seeker) throws Exception {
        try (Connection c = Platform.database("reminder");
             PreparedStatement q = c.prepareStatement("select email from client where id = ?")) {
            q.setObject(1, seeker);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static UUID firstReminder(UUID application) throws Exception {
        try (Connection c = Platform.database("reminder");
             PreparedStatement q = c.prepareStatement("select id from reminder where application_id = ? and status = 'SCHEDULED' limit 1")) {
            q.setObject(1, application);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getObject(1, UUID.class) : null;
            }
        }
    }

    /** Copies of a planned reminder (own plan keys), all due two seconds from now. */
    static List<UUID> clone(UUID template, int n) throws Exception {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = Platform.database("reminder");
             PreparedStatement insert = c.prepareStatement("""
                     insert into reminder (tenant_id, id, application_id, seeker_id, plan_key, rule, due_on, due_at,
                                           contact_ids, interview_id, reason, status, created_at, updated_at)
                     select tenant_id, gen_random_uuid(), application_id, seeker_id, plan_key || ':burst-' || g, rule,
                            current_date, now() + interval '2 seconds', contact_ids, interview_id, reason, 'SCHEDULED', now(), now()
                     from reminder, generate_series(1, ?) g where id = ?
                     returning id""")) {
            insert.setInt(1, n);
            insert.setObject(2, template);
            try (ResultSet rs = insert.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        }
        assertEquals(n, ids.size());
        return ids;
    }

    /** {DUE, mailed} of the burst. */
    static int[] progress(List<UUID> burst) throws Exception {
        try (Connection c = Platform.database("reminder");
             PreparedStatement q = c.prepareStatement("""
                     select (select count(*) from reminder where id = any(?) and status = 'DUE'),
                            (select count(*) from mail_delivery where reminder_id = any(?) and sent_at is not null)""")) {
            q.setArray(1, c.createArrayOf("uuid", burst.toArray()));
            q.setArray(2, c.createArrayOf("uuid", burst.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return new int[] {rs.getInt(1), rs.getInt(2)};
            }
        }
    }

    static Set<String> messageIds(List<UUID> burst) throws Exception {
        Set<String> ids = new HashSet<>();
        try (Connection c = Platform.database("reminder");
             PreparedStatement q = c.prepareStatement("select message_id from mail_delivery where reminder_id = any(?)")) {
            q.setArray(1, c.createArrayOf("uuid", burst.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** The ids (ce_id) of the reminder.reminder.due.v1 events on reminder.events per reminder of the burst (ce_subject). */
    static Map<String, Set<String>> dueEvents(List<UUID> burst) {
        Set<String> wanted = new HashSet<>();
        burst.forEach(id -> wanted.add(id.toString()));
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, STACK.current().getProperty("kafka.bootstrap"));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "fault-test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Map<String, Set<String>> ids = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("reminder.events"));
            long idleSince = System.nanoTime();
            while (System.nanoTime() - idleSince < Duration.ofSeconds(5).toNanos()) {
                var records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    idleSince = System.nanoTime();
                }
                for (ConsumerRecord<String, String> r : records) {
                    if ("reminder.reminder.due.v1".equals(header(r, "ce_type")) && wanted.contains(header(r, "ce_subject"))) {
                        ids.computeIfAbsent(header(r, "ce_subject"), k -> new HashSet<>()).add(header(r, "ce_id"));
                    }
                }
            }
        }
        return ids;
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** How often each of these Message-IDs is in the seeker's mailbox on the stack's SMTP/IMAP server. */
    static Map<String, Integer> mailbox(Set<String> messageIds) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        Session session = Session.getInstance(new Properties());
        try (Store store = session.getStore("imap")) {
            store.connect("localhost", Integer.parseInt(STACK.current().getProperty("imap.port")), ADDRESS, "any");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            jakarta.mail.FetchProfile profile = new jakarta.mail.FetchProfile();
            profile.add("Message-ID");
            Message[] messages = inbox.getMessages();
            inbox.fetch(messages, profile);
            for (Message m : messages) {
                String[] id = m.getHeader("Message-ID");
                if (id != null && messageIds.contains(id[0])) {
                    counts.merge(id[0], 1, Integer::sum);
                }
            }
            inbox.close(false);
        }
        return counts;
    }
}
