package io.coachline.tracker.application;

import com.fasterxml.jackson.databind.JsonNode;
import io.coachline.common.paging.PageLimit;
import io.coachline.common.problem.ProblemException;
import io.coachline.common.security.Caller;
import io.coachline.common.security.Role;
import io.coachline.tracker.people.People;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.UUID;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicationResource {

    @Inject
    Applications applications;

    @Inject
    ApplicationAccess access;

    @Inject
    People people;

    @Inject
    Caller caller;

    @Inject
    io.coachline.common.concurrency.EntityTags tags;

    @GET
    @Path("/applications")
    @RolesAllowed(Role.SEEKER)
    public Applications.Page<ApplicationView.Summary> list(@QueryParam("stage") String stage, @QueryParam("active") String active,
                                                           @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return applications.list(caller.id(), stage(stage), bool("active", active), PageLimit.of(limit), cursor);
    }

    @POST
    @Path("/applications")
    @RolesAllowed(Role.SEEKER)
    public Response create(@Valid @NotNull NewApplication request) {
        Applications.Created created = applications.create(caller, request);
        return Response.created(URI.create("/api/applications/" + created.application().id())).entity(created).build();
    }

    /** The soft limit on open applications while it holds: the portal shows it on the list. */
    @GET
    @Path("/applications/limits")
    @RolesAllowed(Role.SEEKER)
    public Applications.Limits limits() {
        return applications.limits(caller.id());
    }

    @GET
    @Path("/applications/{id}")
    @RolesAllowed({Role.SEEKER, Role.COACH, Role.TENANT_ADMIN})
    @jakarta.transaction.Transactional
    public ApplicationView get(@PathParam("id") UUID id) {
        Application a = access.readable(caller, id);
        tags.answer(() -> a.version);
        return ApplicationView.of(a);
    }

    @PATCH
    @Path("/applications/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed(Role.SEEKER)
    public ApplicationView patch(@PathParam("id") UUID id, JsonNode patch) {
        return applications.patch(caller, id, patch);
    }

    @POST
    @Path("/applications/{id}/stage")
    @RolesAllowed(Role.SEEKER)
    public Applications.Moved move(@PathParam("id") UUID id, @Valid @NotNull StageMove move) {
        return applications.move(caller, id, move);
    }

    @GET
    @Path("/clients/{seekerId}/applications")
    @RolesAllowed({Role.COACH, Role.TENANT_ADMIN})
    public Applications.Page<ApplicationView.Summary> ofClient(@PathParam("seekerId") UUID seekerId, @QueryParam("stage") String stage,
                                                               @QueryParam("active") String active, @QueryParam("limit") String limit,
                                                               @QueryParam("cursor") String cursor) {
        people.clientOf(caller, seekerId);
        return applications.list(seekerId, stage(stage), bool("active", active), PageLimit.of(limit), cursor);
    }

    static Stage stage(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Stage.valueOf(value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("stage", "Must be one of " + java.util.Arrays.toString(Stage.values()) + ".");
        }
    }

    static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalid(name, "Must be true or false.");
        };
    }
}
