package io.coachline.tracker.interview;

import io.coachline.common.problem.FieldError;
import io.coachline.common.problem.ProblemException;
import io.coachline.common.security.Caller;
import io.coachline.common.security.Role;
import io.coachline.tracker.application.Application;
import io.coachline.tracker.application.ApplicationAccess;
import io.coachline.tracker.application.ApplicationEvents;
import io.coachline.tracker.application.ApplicationView;
import io.coachline.tracker.application.Applications;
import io.coachline.tracker.application.FactDates;
import io.coachline.tracker.application.Stage;
import io.coachline.tracker.contact.Contact;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Interview rounds: scheduling one moves the application to INTERVIEW (at the interview's time when it is
 * already past); completing one records when it was held and the decision date.
 */
@Path("/api/applications/{id}/interviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InterviewResource {

    public record NewInterview(@Min(1) @Max(20) Integer round, @NotNull OffsetDateTime scheduledAt,
                               @NotNull InterviewFormat format, @Size(max = 20) List<@NotNull UUID> panel) {
    }

    /**
     * Completing a round records when it was held ({@code heldAt}; {@code completedAt} is its older
     * name), by default its scheduled time: not the moment the seeker pressed the button.
     */
    public record Completion(
            @Schema(description = "When the interview took place; default its scheduledAt. Not in the future.")
            OffsetDateTime heldAt,
            @Schema(description = "Older name of heldAt.", deprecated = true) OffsetDateTime completedAt,
            LocalDate decisionExpectedBy, @Size(max = 4000) String notes) {
    }

    /** The interview (its fields at the top level) plus the soft-limit warnings when it made the application active. */
    public record Scheduled(@com.fasterxml.jackson.annotation.JsonUnwrapped ApplicationView.InterviewView interview,
                            List<Applications.Warning> warnings) {
    }

    @Inject
    ApplicationAccess access;

    @Inject
    Applications applications;

    @Inject
    ApplicationEvents events;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed(Role.SEEKER)
    @Transactional
    @io.coachline.common.retry.RetryTransient
    public Response schedule(@PathParam("id") UUID applicationId, @Valid @NotNull NewInterview request) {
        Application a = access.writable(caller, applicationId);
        List<UUID> panel = request.panel() == null ? List.of() : List.copyOf(request.panel());
        Set<UUID> known = Contact.<Contact>list("applicationId", a.id).stream().map(c -> c.id).collect(Collectors.toSet());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < panel.size(); i++) {
            if (!known.contains(panel.get(i))) {
                errors.add(new FieldError("panel[" + i + "]", "Is not a contact of this application."));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The panel names unknown contacts.", errors);
        }
        if (a.stage.isTerminal()) {
            throw ProblemException.conflict("application-closed", "Application closed",
                    "The application is " + a.stage + "; re-open it before scheduling an interview.");
        }
        Instant now = Instant.now();
        // Scheduling an interview means the process reached INTERVIEW: record the missing steps, dated
        // when it happened (an interview logged after it took place moved the stage at its own time).
        Instant reached = FactDates.interviewReached(request.scheduledAt().toInstant(), now, a.stageSince);
        boolean wasActive = a.stage.isActive();
        if (a.stage == Stage.WISHLIST) {
            applications.moveTo(a, Stage.APPLIED, reached, "Interview scheduled", false);
        }
        if (a.stage == Stage.APPLIED || a.stage == Stage.ON_HOLD) {
            applications.moveTo(a, Stage.INTERVIEW, reached, "Interview scheduled", false);
        }
        long rounds = Interview.count("applicationId", a.id);
        Interview interview = new Interview();
        interview.id = UUID.randomUUID();
        interview.applicationId = a.id;
        interview.round = request.round() != null ? request.round() : (int) rounds + 1;
        interview.scheduledAt = request.scheduledAt().toInstant();
        interview.format = request.format();
        interview.panel = new ArrayList<>(panel);
        interview.persist();
        a.updatedAt = now;
        ApplicationView view = events.publish(a, ApplicationEvents.INTERVIEW_SCHEDULED, Map.of("interviewId", interview.id));
        // From WISHLIST this made the application active: the soft limit applies as on every such path.
        List<Applications.Warning> warnings = wasActive ? List.of() : applications.openApplicationsWarnings(a.seekerId);
        return Response.status(201).entity(new Scheduled(find(view, interview.id), warnings)).build();
    }

    @POST
    @Path("/{interviewId}/complete")
    @RolesAllowed(Role.SEEKER)
    @Transactional
    @io.coachline.common.retry.RetryTransient
    public ApplicationView.InterviewView complete(@PathParam("id") UUID applicationId, @PathParam("interviewId") UUID interviewId,
                                                  @Valid Completion request) {
        Application a = access.writable(caller, applicationId);
        Interview interview = Interview.<Interview>findByIdOptional(interviewId)
                .filter(i -> i.applicationId.equals(a.id))
                .orElseThrow(() -> ProblemException.notFound("Interview " + interviewId));
        Completion c = request != null ? request : new Completion(null, null, null, null);
        Instant completedAt = c.heldAt() != null || c.completedAt() == null
                ? FactDates.held(c.heldAt(), interview.scheduledAt, Instant.now(), "heldAt")
                : FactDates.held(c.completedAt(), interview.scheduledAt, Instant.now(), "completedAt");
        if (c.decisionExpectedBy() != null
                && c.decisionExpectedBy().isBefore(completedAt.atZone(caller.timeZone()).toLocalDate())) {
            throw ProblemException.invalid("decisionExpectedBy", "Is before the interview was held.");
        }
        interview.completedAt = completedAt;
        interview.decisionExpectedBy = c.decisionExpectedBy();
        interview.notes = c.notes();
        a.updatedAt = Instant.now();
        ApplicationView view = events.publish(a, ApplicationEvents.INTERVIEW_COMPLETED, Map.of("interviewId", interview.id));
        return find(view, interview.id);
    }

    private static ApplicationView.InterviewView find(ApplicationView view, UUID id) {
        return view.interviews().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }
}
