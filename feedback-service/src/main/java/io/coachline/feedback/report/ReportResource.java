package io.coachline.feedback.report;

import io.coachline.common.problem.ProblemException;
import io.coachline.common.security.Caller;
import io.coachline.common.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.function.Function;

/** Aggregates for coaches (their caseload) and admins (their tenant); seekers get 403. JSON, or CSV with ?format=csv. */
@Path("/api/reports")
@RolesAllowed({Role.COACH, Role.TENANT_ADMIN})
@Produces({MediaType.APPLICATION_JSON, "text/csv"})
public class ReportResource {

    @Inject
    Reports reports;

    @Inject
    Caller caller;

    @QueryParam("from")
    String from;
    @QueryParam("to")
    String to;
    @QueryParam("coachId")
    String coachId;
    @QueryParam("sector")
    String sector;
    @QueryParam("stageReached")
    String stageReached;
    @QueryParam("format")
    String format;

    @GET
    @Path("/rejection-reasons")
    public Response rejectionReasons() {
        return answer(f -> reports.rejectionReasons(f, lang()));
    }

    @GET
    @Path("/tags")
    public Response tags() {
        return answer(f -> reports.tags(f, lang()));
    }

    @GET
    @Path("/funnel")
    public Response funnel() {
        return answer(reports::funnel);
    }

    @GET
    @Path("/feedback-obtained")
    public Response feedbackObtained() {
        return answer(reports::feedbackObtained);
    }

    @GET
    @Path("/follow-up-effect")
    public Response followUpEffect() {
        return answer(reports::followUpEffect);
    }

    private String lang() {
        return caller.locale() != null && "nb".equals(caller.locale().getLanguage()) ? "nb" : "en";
    }

    private Response answer(Function<ReportFilter, ReportTable> report) {
        boolean csv = format != null && format.equalsIgnoreCase("csv");
        if (format != null && !format.isBlank() && !csv && !format.equalsIgnoreCase("json")) {
            throw ProblemException.invalid("format", "Must be json or csv.");
        }
        ReportFilter filter = ReportFilter.of(caller, from, to, coachId, sector, stageReached);
        ReportTable table = report.apply(filter);
        if (csv) {
            return Response.ok(table.csv(), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + table.name + ".csv\"").build();
        }
        return Response.ok(table.json(), MediaType.APPLICATION_JSON).build();
    }
}
