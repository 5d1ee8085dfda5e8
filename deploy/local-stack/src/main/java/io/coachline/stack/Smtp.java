package io.coachline.stack;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GreenMail in the supervisor's JVM: SMTP for the services and Keycloak, IMAP to read what arrived. Authentication is
 * off: every recipient gets a mailbox, and IMAP logs in as the recipient address with any password.
 */
final class Smtp {
    final int smtpPort;
    final int imapPort;
    private final GreenMail greenMail;

    private Smtp(int smtpPort, int imapPort, GreenMail greenMail) {
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
        this.greenMail = greenMail;
    }

    static Smtp start(int smtp, int imap) {
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        return new Smtp(smtp, imap, greenMail);
    }

    boolean answers() {
        return Ports.answers("127.0.0.1", smtpPort) && Ports.answers("127.0.0.1", imapPort);
    }

    void stop() {
        long start = System.nanoTime();
        greenMail.stop();
        Log.info("smtp stopped in %s", Log.seconds(start));
    }
}
