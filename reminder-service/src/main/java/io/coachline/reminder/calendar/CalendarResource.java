package io.coachline.reminder.calendar;

import io.coachline.common.problem.ProblemException;
import io.coachline.common.security.Caller;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/** The seeker's secret iCalendar feed of upcoming reminders and interviews. */
@Path("/api/calendar")
public class CalendarResource {

    @Inject
    Caller caller;

    @Inject
    CalendarService calendars;

    @GET
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> url() {
        return Map.of("url", calendars.url(caller.tenant(), caller.id(), false));
    }

    /** A new secret address; the old one answers 404 from now on. */
    @POST
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> renew() {
        return Map.of("url", calendars.url(caller.tenant(), caller.id(), true));
    }

    /** No authentication: the token in the address is the secret. */
    @GET
    @PermitAll
    @Path("/{token: [A-Za-z0-9_-]{16,128}}.ics")
    @Produces("text/calendar")
    public Response feed(@PathParam("token") String token) {
        String body = calendars.feed(token).orElseThrow(() -> ProblemException.notFound("Calendar feed"));
        return Response.ok(body, "text/calendar; charset=utf-8")
                .header("Cache-Control", "private, max-age=300").build();
    }
}
