package io.coachline.reminder.dispatch;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Every {@code coachline.dispatch.every} (5s): make due reminders DUE, then send their e-mails. */
@ApplicationScoped
public class DispatchJob {

    private static final Logger LOG = Logger.getLogger(DispatchJob.class);

    @Inject
    Dispatcher dispatcher;

    @Inject
    MailSender mail;

    @Scheduled(identity = "reminder-dispatch", every = "${coachline.dispatch.every:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            int due = dispatcher.dispatchDue();
            int sent = mail.sendPending();
            if (due + sent > 0) {
                LOG.debugf("dispatched %d reminders, sent %d mails", due, sent);
            }
        } catch (RuntimeException e) {
            LOG.warnf("dispatch round failed, the next one retries: %s", e.toString());
        }
    }
}
