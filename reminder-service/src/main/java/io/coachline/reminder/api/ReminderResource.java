package io.coachline.reminder.api;

import io.coachline.common.problem.RequestParams;
import io.coachline.common.security.Caller;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.UUID;

/** The caller's reminders (api.md "reminder-service"). */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ReminderResource {

    @Inject
    Caller caller;

    @Inject
    ReminderQueries queries;

    @GET
    @Path("/reminders")
    public ReminderView.Page list(@QueryParam("status") String status, @QueryParam("applicationId") String applicationId,
                                  @QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return queries.own(caller, status, RequestParams.uuid("applicationId", applicationId),
                RequestParams.date("from", from), RequestParams.date("to", to), limit, cursor);
    }

    @GET
    @Path("/reminders/{id}")
    public ReminderView one(@PathParam("id") UUID id) {
        return queries.one(caller, id);
    }

    @POST
    @Path("/reminders/{id}/done")
    public ReminderView done(@PathParam("id") UUID id) {
        return queries.done(caller, id);
    }

    @POST
    @Path("/reminders/{id}/dismiss")
    public ReminderView dismiss(@PathParam("id") UUID id) {
        return queries.dismiss(caller, id);
    }

    @POST
    @Path("/reminders/{id}/snooze")
    public ReminderView snooze(@PathParam("id") UUID id, ReminderView.Snooze body) {
        return queries.snooze(caller, id, body);
    }

    @GET
    @Path("/clients/{seekerId}/reminders")
    public ReminderView.Page ofClient(@PathParam("seekerId") UUID seekerId, @QueryParam("limit") String limit,
                                      @QueryParam("cursor") String cursor) {
        return queries.ofClient(caller, seekerId, limit, cursor);
    }
}
