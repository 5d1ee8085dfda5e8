package io.coachline.reminder.settings;

import io.coachline.common.problem.ProblemException;
import io.coachline.common.security.Caller;
import io.coachline.common.tenancy.TenantScope;
import io.coachline.reminder.draft.DraftComposer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Arrays;
import java.util.Locale;

/**
 * The seeker's notification settings, and the one-click unsubscribe address of their mails (no login:
 * the signed token in the address names the seeker).
 */
@Path("/api/settings")
public class SettingsResource {

    /** What GET returns and PUT takes. */
    public record Settings(String delivery) {
    }

    @Inject
    Caller caller;

    @Inject
    UnsubscribeLinks links;

    @GET
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public Settings get() {
        requireSeeker();
        return new Settings(NotificationSettings.deliveryOf(caller.id()).name());
    }

    @PUT
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public Settings put(Settings body) {
        requireSeeker();
        Delivery delivery = parse(body == null ? null : body.delivery());
        NotificationSettings.store(caller.tenant(), caller.id(), delivery);
        return new Settings(delivery.name());
    }

    /** A page with one button, so a link scanner that follows the address does not unsubscribe anyone. */
    @GET
    @PermitAll
    @Path("/unsubscribe/{token}")
    @Produces(MediaType.TEXT_HTML)
    public String confirm(@PathParam("token") String token) {
        UnsubscribeLinks.Seeker seeker = seekerOf(token);
        boolean nb = "nb".equals(language(seeker));
        return page(nb ? "Avslutt e-post fra Coachline" : "Stop e-mail from Coachline",
                "<form method=\"post\"><input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                        + "<button type=\"submit\">" + (nb ? "Ikke send meg flere e-poster" : "Send me no more e-mails")
                        + "</button></form>");
    }

    /** RFC 8058 one-click (body {@code List-Unsubscribe=One-Click}) or the confirm page's button: delivery NONE. */
    @POST
    @PermitAll
    @Path("/unsubscribe/{token}")
    @Produces(MediaType.TEXT_HTML)
    public String unsubscribe(@PathParam("token") String token) {
        UnsubscribeLinks.Seeker seeker = seekerOf(token);
        TenantScope.run(seeker.tenant(), () -> QuarkusTransaction.requiringNew().run(() ->
                NotificationSettings.store(seeker.tenant(), seeker.id(), Delivery.NONE)));
        return "nb".equals(language(seeker))
                ? page("Du får ikke flere e-poster", "<p>Oppfølgingene dine står fortsatt under «I dag» i Coachline. "
                        + "Du kan slå e-post på igjen under Innstillinger.</p>")
                : page("You will get no more e-mails", "<p>Your follow-ups are still in Today in Coachline. "
                        + "You can turn e-mail on again in Settings.</p>");
    }

    private UnsubscribeLinks.Seeker seekerOf(String token) {
        return links.verify(token).orElseThrow(() -> ProblemException.notFound("Unsubscribe link"));
    }

    private void requireSeeker() {
        if (!caller.isSeeker()) {
            throw ProblemException.notFound("Settings");
        }
    }

    static Delivery parse(String value) {
        if (value != null) {
            for (Delivery d : Delivery.values()) {
                if (d.name().equalsIgnoreCase(value.strip())) {
                    return d;
                }
            }
        }
        throw ProblemException.invalid("delivery", "must be one of " + Arrays.toString(Delivery.values()));
    }

    private static String language(UnsubscribeLinks.Seeker seeker) {
        return TenantScope.call(seeker.tenant(), () -> QuarkusTransaction.requiringNew().call(() -> {
            io.coachline.common.people.Client c = io.coachline.common.people.Client.findById(seeker.id());
            return DraftComposer.language(c == null || c.locale == null ? Locale.ENGLISH : Locale.forLanguageTag(c.locale));
        }));
    }

    private static String page(String title, String content) {
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><h1>"
                + title + "</h1>" + content + "</body></html>";
    }
}
