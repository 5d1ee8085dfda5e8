package io.coachline.feedback.entry;

import com.fasterxml.jackson.databind.JsonNode;
import io.coachline.common.paging.PageLimit;
import io.coachline.common.problem.ProblemException;
import io.coachline.common.problem.RequestParams;
import io.coachline.common.security.Caller;
import io.coachline.common.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/feedback")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FeedbackResource {

    @Inject
    Feedback feedback;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed({Role.SEEKER, Role.COACH})
    public Response record(FeedbackRequest request) {
        FeedbackView created = feedback.record(caller, request);
        return Response.created(URI.create("/api/feedback/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Role.SEEKER, Role.COACH, Role.TENANT_ADMIN})
    public Map<String, Object> list(@QueryParam("seekerId") String seekerId, @QueryParam("limit") String limit,
                                    @QueryParam("cursor") String cursor) {
        Feedback.Page page = feedback.list(caller, RequestParams.uuid("seekerId", seekerId), PageLimit.of(limit), cursor);
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("items", page.items());
        body.put("nextCursor", page.nextCursor());
        return body;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.SEEKER, Role.COACH, Role.TENANT_ADMIN})
    public FeedbackView get(@PathParam("id") String id) {
        return feedback.get(caller, pathId(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.SEEKER, Role.COACH, Role.TENANT_ADMIN})
    public FeedbackView put(@PathParam("id") String id, FeedbackRequest request) {
        return feedback.replace(caller, pathId(id), request);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Role.SEEKER, Role.COACH, Role.TENANT_ADMIN})
    public FeedbackView patch(@PathParam("id") String id, JsonNode patch) {
        return feedback.patch(caller, pathId(id), patch);
    }

    static UUID pathId(String id) {
        try {
            return UUID.fromString(id);
        } catch (RuntimeException e) {
            throw ProblemException.notFound("Feedback entry " + id);
        }
    }
}
