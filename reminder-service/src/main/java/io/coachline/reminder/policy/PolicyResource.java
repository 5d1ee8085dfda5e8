package io.coachline.reminder.policy;

import io.coachline.common.problem.ProblemException;
import io.coachline.common.security.Caller;
import io.coachline.common.security.Role;
import io.coachline.reminder.draft.DraftComposer;
import io.coachline.reminder.plan.Rule;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The tenant's follow-up policy, holidays and draft templates: everyone reads, the tenant admin writes. */
@Path("/api/policy")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class PolicyResource {

    @Inject
    Caller caller;

    @Inject
    PolicyService policies;

    @Inject
    Replanner replanner;

    @Inject
    io.coachline.common.concurrency.EntityTags tags;

    @GET
    public PolicyView get() {
        return tagged(policies.view(caller.tenant()));
    }

    /**
     * Needs If-Match with the policy's ETag (428 without, 412 when stale). Stores the policy and
     * re-plans the whole tenant in the background (progress: GET /api/policy/replan).
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TENANT_ADMIN)
    public PolicyView put(@Valid @NotNull PolicyView policy) {
        policies.store(caller.tenant(), policy);
        replanner.start(caller.tenant());
        return tagged(policies.view(caller.tenant()));
    }

    private PolicyView tagged(PolicyView view) {
        String version = policies.versionOf(view);
        tags.answer(() -> version);
        return view;
    }

    @GET
    @Path("/replan")
    public PolicyView.Replan replan() {
        return policies.view(caller.tenant()).replan();
    }

    @GET
    @Path("/templates/{rule}/{locale}")
    public PolicyService.TemplateView template(@PathParam("rule") String rule, @PathParam("locale") String locale) {
        return policies.template(rule(rule), language(locale));
    }

    /** Body: {@code {"template": "Subject: ...\n\nbody with {{placeholders}}"}}. */
    @PUT
    @Path("/templates/{rule}/{locale}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TENANT_ADMIN)
    public PolicyService.TemplateView putTemplate(@PathParam("rule") String rule, @PathParam("locale") String locale,
                                                  TemplateBody body) {
        return policies.storeTemplate(rule(rule), language(locale), body == null ? null : body.template());
    }

    /** Back to the bundled template. */
    @DELETE
    @Path("/templates/{rule}/{locale}")
    @RolesAllowed(Role.TENANT_ADMIN)
    public PolicyService.TemplateView deleteTemplate(@PathParam("rule") String rule, @PathParam("locale") String locale) {
        policies.deleteTemplate(rule(rule), language(locale));
        return policies.template(rule(rule), language(locale));
    }

    public record TemplateBody(String template) {
    }

    static Rule rule(String rule) {
        try {
            return Rule.valueOf(rule.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Rule " + rule);
        }
    }

    static String language(String locale) {
        if (!DraftComposer.LANGUAGES.contains(locale)) {
            throw ProblemException.notFound("Templates in " + locale);
        }
        return locale;
    }
}
