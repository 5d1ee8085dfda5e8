package io.coachline.reminder.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coachline.common.outbox.Outbox;
import io.coachline.common.problem.ProblemException;
import io.coachline.reminder.draft.DraftComposer;
import io.coachline.reminder.draft.DraftTemplate;
import io.coachline.reminder.draft.TemplateOverrides;
import io.coachline.reminder.plan.FollowUpPolicy;
import io.coachline.reminder.plan.HolidayCalendar;
import io.coachline.reminder.plan.NorwegianHolidays;
import io.coachline.reminder.plan.Rule;
import io.coachline.reminder.plan.WorkingCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A tenant's policy: without a stored row the defaults of domain.md, morning hour 8 and Norway's
 * public holidays (computed for any year), which is where the demo tenants start.
 */
@ApplicationScoped
public class PolicyService {

    public static final int DEFAULT_MORNING_HOUR = 8;

    /** On reminder.events whenever a tenant's policy is saved; the tracker reads the soft limit from it. */
    public static final String POLICY_CHANGED = "reminder.policy.changed.v1";

    @Inject
    ObjectMapper json;

    @Inject
    Outbox outbox;

    @Inject
    io.coachline.common.concurrency.EntityTags tags;

    @Transactional(Transactional.TxType.SUPPORTS)
    public EffectivePolicy effective(String tenant) {
        TenantPolicy row = TenantPolicy.findById(tenant);
        PolicyView view = view(row);
        FollowUpPolicy numbers = numbers(view);
        HolidayCalendar holidays = new HolidayCalendar(NorwegianHolidays.INSTANCE,
                Set.copyOf(view.holidays().added()), Set.copyOf(view.holidays().removed()));
        TemplateOverrides templates = TemplateOverrides.none();
        for (DraftTemplateOverride o : DraftTemplateOverride.<DraftTemplateOverride>listAll()) {
            templates = templates.with(Rule.valueOf(o.rule), Locale.forLanguageTag(o.language), o.template);
        }
        return new EffectivePolicy(numbers, new WorkingCalendar(holidays), view.morningHour(), templates);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PolicyView view(String tenant) {
        return view(TenantPolicy.findById(tenant));
    }

    /**
     * The policy's version for ETag / If-Match: a digest of what an admin writes (numbers, morning
     * hour, holidays), not of the re-plan progress, which moves on its own while a re-plan runs.
     */
    public String versionOf(PolicyView v) {
        com.fasterxml.jackson.databind.node.ObjectNode written = json.valueToTree(v);
        written.remove("replan");
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(written));
            return java.util.HexFormat.of().formatHex(digest, 0, 12);
        } catch (JsonProcessingException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    PolicyView view(TenantPolicy row) {
        if (row == null) {
            FollowUpPolicy d = FollowUpPolicy.defaults();
            return withNumbers(d, DEFAULT_MORNING_HOUR, new PolicyView.Holidays(List.of(), List.of()),
                    new PolicyView.Replan("IDLE", 0, 0));
        }
        try {
            PolicyView stored = json.readValue(row.numbers, PolicyView.class);
            return new PolicyView(stored.thankYouAfterWorkingDays(), stored.caseFollowUpAfterWorkingDays(),
                    stored.statusWithoutDateMin(), stored.statusWithoutDateMax(), stored.afterDecisionDateWorkingDays(),
                    stored.applicationNoAnswerWorkingDays(), stored.nextRoundExpectedWorkingDays(),
                    stored.onHoldStatusWorkingDays(), stored.coolDownDays(), stored.giveUpAfterUnansweredFollowUps(),
                    stored.softLimitOpenApplications(), row.morningHour,
                    new PolicyView.Holidays(dates(row.holidaysAdded), dates(row.holidaysRemoved)),
                    new PolicyView.Replan(row.replanState, row.replanTotal, row.replanDone));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored policy of " + row.tenantId + " is unreadable", e);
        }
    }

    static PolicyView withNumbers(FollowUpPolicy d, int morningHour, PolicyView.Holidays holidays, PolicyView.Replan replan) {
        return new PolicyView(d.thankYouAfterWorkingDays(), d.caseFollowUpAfterWorkingDays(), d.statusWithoutDateMin(),
                d.statusWithoutDateMax(), d.afterDecisionDateWorkingDays(), d.applicationNoAnswerWorkingDays(),
                d.nextRoundExpectedWorkingDays(), d.onHoldStatusWorkingDays(), d.coolDownDays(),
                d.giveUpAfterUnansweredFollowUps(), d.softLimitOpenApplications(), morningHour, holidays, replan);
    }

    /** The planner's numbers; a cross-field rule the annotations cannot say answers 400 naming the field. */
    public static FollowUpPolicy numbers(PolicyView v) {
        if (v.statusWithoutDateMax() < v.statusWithoutDateMin()) {
            throw ProblemException.invalid("statusWithoutDateMax", "must be at least statusWithoutDateMin ("
                    + v.statusWithoutDateMin() + ")");
        }
        try {
            return new FollowUpPolicy(v.thankYouAfterWorkingDays(), v.caseFollowUpAfterWorkingDays(),
                    v.statusWithoutDateMin(), v.statusWithoutDateMax(), v.afterDecisionDateWorkingDays(),
                    v.applicationNoAnswerWorkingDays(), v.nextRoundExpectedWorkingDays(), v.onHoldStatusWorkingDays(),
                    v.coolDownDays(), v.giveUpAfterUnansweredFollowUps(), v.softLimitOpenApplications());
        } catch (IllegalArgumentException e) {
            String field = e.getMessage() == null ? "body" : e.getMessage().split(" ")[0];
            throw ProblemException.invalid(field, e.getMessage());
        }
    }

    /** Stores the policy (validated) and marks a re-plan as RUNNING; the caller starts the re-plan after commit. */
    @Transactional
    @io.coachline.common.retry.RetryTransient
    public void store(String tenant, PolicyView v) {
        numbers(v);
        // Locked: parallel writers queue here, and each sees the version the one before it stored.
        TenantPolicy row = TenantPolicy.findById(tenant, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        tags.require(versionOf(view(row)));
        if (row == null) {
            row = new TenantPolicy();
            row.tenantId = tenant;
        }
        PolicyView numbersOnly = new PolicyView(v.thankYouAfterWorkingDays(), v.caseFollowUpAfterWorkingDays(),
                v.statusWithoutDateMin(), v.statusWithoutDateMax(), v.afterDecisionDateWorkingDays(),
                v.applicationNoAnswerWorkingDays(), v.nextRoundExpectedWorkingDays(), v.onHoldStatusWorkingDays(),
                v.coolDownDays(), v.giveUpAfterUnansweredFollowUps(), v.softLimitOpenApplications(), v.morningHour(),
                null, null);
        try {
            row.numbers = json.writeValueAsString(numbersOnly);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        PolicyView.Holidays h = v.holidays() == null ? new PolicyView.Holidays(List.of(), List.of()) : v.holidays();
        row.holidaysAdded = join(h.added());
        row.holidaysRemoved = join(h.removed());
        row.morningHour = v.morningHour();
        row.replanState = "RUNNING";
        row.replanTotal = 0;
        row.replanDone = 0;
        row.updatedAt = Instant.now();
        if (!row.isPersistent()) {
            row.persist();
        }
        outbox.publish(tenant, tenant, POLICY_CHANGED, tenant, changed(v));
    }

    /** The data of {@code reminder.policy.changed.v1}: the policy's numbers (docs/events.md). */
    static Map<String, Object> changed(PolicyView v) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("softLimitOpenApplications", v.softLimitOpenApplications());
        data.put("coolDownDays", v.coolDownDays());
        data.put("thankYouAfterWorkingDays", v.thankYouAfterWorkingDays());
        data.put("caseFollowUpAfterWorkingDays", v.caseFollowUpAfterWorkingDays());
        data.put("statusWithoutDateMin", v.statusWithoutDateMin());
        data.put("statusWithoutDateMax", v.statusWithoutDateMax());
        data.put("afterDecisionDateWorkingDays", v.afterDecisionDateWorkingDays());
        data.put("applicationNoAnswerWorkingDays", v.applicationNoAnswerWorkingDays());
        data.put("nextRoundExpectedWorkingDays", v.nextRoundExpectedWorkingDays());
        data.put("onHoldStatusWorkingDays", v.onHoldStatusWorkingDays());
        data.put("giveUpAfterUnansweredFollowUps", v.giveUpAfterUnansweredFollowUps());
        data.put("morningHour", v.morningHour());
        return data;
    }

    /** Records re-plan progress in its own transaction (total/done below 0 keep the stored numbers). */
    public void progressIn(String tenant, String state, int total, int done) {
        io.coachline.common.tenancy.TenantScope.run(tenant, () -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            TenantPolicy row = TenantPolicy.findById(tenant);
            if (row != null) {
                row.replanState = state;
                if (total >= 0) {
                    row.replanTotal = total;
                }
                if (done >= 0) {
                    row.replanDone = done;
                }
            }
        }));
    }

    /** The template text of (rule, language): the tenant's override or the bundled one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateView template(Rule rule, String language) {
        DraftTemplateOverride o = DraftTemplateOverride.findById(new DraftTemplateOverride.Key(rule.name(), language));
        if (o != null) {
            return new TemplateView(rule.name(), language, o.template, true);
        }
        DraftTemplate t = DraftComposer.bundled(rule, language);
        return new TemplateView(rule.name(), language, "Subject: " + t.subject() + "\n\n" + t.body(), false);
    }

    @Transactional
    @io.coachline.common.retry.RetryTransient
    public TemplateView storeTemplate(Rule rule, String language, String text) {
        try {
            DraftTemplate.parse(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("template", e.getMessage());
        }
        DraftTemplateOverride o = DraftTemplateOverride.findById(new DraftTemplateOverride.Key(rule.name(), language));
        if (o == null) {
            o = new DraftTemplateOverride();
            o.rule = rule.name();
            o.language = language;
            o.template = text;
            o.updatedAt = Instant.now();
            o.persist();
        } else {
            o.template = text;
            o.updatedAt = Instant.now();
        }
        return new TemplateView(rule.name(), language, text, true);
    }

    @Transactional
    public void deleteTemplate(Rule rule, String language) {
        DraftTemplateOverride.deleteById(new DraftTemplateOverride.Key(rule.name(), language));
    }

    /** A template as the API shows it; {@code overridden} false = the bundled one. */
    public record TemplateView(String rule, String locale, String template, boolean overridden) {
    }

    static List<LocalDate> dates(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.stream(s.split(",")).map(LocalDate::parse).sorted().toList();
    }

    static String join(List<LocalDate> days) {
        return days.stream().distinct().sorted().map(LocalDate::toString).collect(Collectors.joining(","));
    }
}
