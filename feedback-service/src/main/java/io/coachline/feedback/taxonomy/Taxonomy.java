package io.coachline.feedback.taxonomy;

import io.coachline.common.problem.FieldError;
import io.coachline.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The tenant's taxonomy, seeded on first use with the reasons of domain.md and a starter set of
 * tags. Items are never deleted: retiring hides one from new entries, and old entries and reports keep its label.
 */
@ApplicationScoped
public class Taxonomy {

    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    /** kind, code, English label, Norwegian (bokmål) label. */
    static final List<String[]> SEED = List.of(
            new String[]{"REASON", "internal-candidate", "Chose an internal candidate", "Valgte en intern kandidat"},
            new String[]{"REASON", "decided-not-to-hire", "Decided not to hire", "Bestemte seg for ikke å ansette"},
            new String[]{"REASON", "position-cancelled", "Position cancelled", "Stillingen ble trukket"},
            new String[]{"REASON", "more-experience", "More experience wanted", "Ønsket mer erfaring"},
            new String[]{"REASON", "skills-mismatch", "Skills mismatch", "Kompetansen passet ikke"},
            new String[]{"REASON", "better-fit", "Another candidate fit better", "En annen kandidat passet bedre"},
            new String[]{"REASON", "salary", "Salary", "Lønn"},
            new String[]{"REASON", "location", "Location", "Arbeidssted"},
            new String[]{"REASON", "no-reason-given", "No reason given", "Ingen begrunnelse gitt"},
            new String[]{"STRENGTH", "communication", "Communication", "Kommunikasjon"},
            new String[]{"STRENGTH", "preparation", "Well prepared", "God forberedelse"},
            new String[]{"STRENGTH", "domain-knowledge", "Domain knowledge", "Fagkunnskap"},
            new String[]{"STRENGTH", "motivation", "Motivation", "Motivasjon"},
            new String[]{"STRENGTH", "team-fit", "Team fit", "Passer i teamet"},
            new String[]{"STRENGTH", "follow-up", "Good follow-up", "God oppfølging"},
            new String[]{"WEAKNESS", "experience-gap", "Experience gap", "Mangler erfaring"},
            new String[]{"WEAKNESS", "technical-depth", "Technical depth", "Faglig dybde"},
            new String[]{"WEAKNESS", "interview-nerves", "Interview nerves", "Nervøsitet i intervju"},
            new String[]{"WEAKNESS", "unclear-examples", "Unclear examples", "Uklare eksempler"},
            new String[]{"WEAKNESS", "salary-expectations", "Salary expectations", "Lønnsforventninger"},
            new String[]{"WEAKNESS", "language", "Language", "Språk"});

    @Inject
    EntityManager em;

    /** Seeds the tenant's taxonomy once (concurrent first calls are harmless). */
    @Transactional
    public void ensureSeeded(String tenant) {
        Number n = (Number) em.createNativeQuery("SELECT count(*) FROM taxonomy_item WHERE tenant_id = ?1")
                .setParameter(1, tenant).getSingleResult();
        if (n.longValue() > 0) {
            return;
        }
        int position = 0;
        for (String[] s : SEED) {
            em.createNativeQuery("INSERT INTO taxonomy_item (tenant_id, kind, code, label_en, label_nb, retired, position, updated_at) "
                            + "VALUES (?1, ?2, ?3, ?4, ?5, FALSE, ?6, now()) ON CONFLICT DO NOTHING")
                    .setParameter(1, tenant).setParameter(2, s[0]).setParameter(3, s[1]).setParameter(4, s[2])
                    .setParameter(5, s[3]).setParameter(6, position++).executeUpdate();
        }
    }

    /** All items of the current tenant (the token's), retired ones included, in display order. */
    @Transactional
    public List<TaxonomyItem> all(String tenant) {
        ensureSeeded(tenant);
        List<TaxonomyItem> items = new ArrayList<>(TaxonomyItem.<TaxonomyItem>listAll());
        items.sort(Comparator.comparing((TaxonomyItem i) -> i.key.kind()).thenComparingInt(i -> i.position).thenComparing(i -> i.key.code()));
        return items;
    }

    /** code → item of one kind. */
    public Map<String, TaxonomyItem> of(String tenant, Kind kind) {
        Map<String, TaxonomyItem> m = new LinkedHashMap<>();
        for (TaxonomyItem i : all(tenant)) {
            if (i.key.kind().equals(kind.name())) {
                m.put(i.key.code(), i);
            }
        }
        return m;
    }

    /** The body of GET and PUT /api/taxonomy. */
    public record View(List<Item> reasons, List<Item> strengths, List<Item> weaknesses) {
    }

    public record Item(String code, Map<String, String> labels, Boolean retired) {
    }

    public View view(String tenant) {
        List<Item> r = new ArrayList<>();
        List<Item> s = new ArrayList<>();
        List<Item> w = new ArrayList<>();
        for (TaxonomyItem i : all(tenant)) {
            Item item = new Item(i.key.code(), Map.of("en", i.labelEn, "nb", i.labelNb), i.retired);
            switch (Kind.valueOf(i.key.kind())) {
                case REASON -> r.add(item);
                case STRENGTH -> s.add(item);
                case WEAKNESS -> w.add(item);
            }
        }
        return new View(r, s, w);
    }

    /**
     * Adds, relabels and retires (or revives) the items listed; items not listed stay as they are,
     * because a code already used by entries must keep meaning what it meant.
     */
    @Transactional
    public View update(String tenant, View change) {
        ensureSeeded(tenant);
        List<FieldError> errors = new ArrayList<>();
        check(errors, "reasons", change.reasons());
        check(errors, "strengths", change.strengths());
        check(errors, "weaknesses", change.weaknesses());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The taxonomy has invalid items.", errors);
        }
        apply(Kind.REASON, change.reasons());
        apply(Kind.STRENGTH, change.strengths());
        apply(Kind.WEAKNESS, change.weaknesses());
        em.flush();
        return view(tenant);
    }

    private void check(List<FieldError> errors, String field, List<Item> items) {
        if (items == null) {
            return;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String at = field + "[" + i + "]";
            if (item == null) {
                errors.add(new FieldError(at, "Must be an item."));
                continue;
            }
            if (item.code() == null || !CODE.matcher(item.code()).matches()) {
                errors.add(new FieldError(at + ".code", "Must be 2-40 lower-case letters, digits or dashes."));
            } else if (!seen.add(item.code())) {
                errors.add(new FieldError(at + ".code", "Appears twice."));
            }
            if (item.labels() != null) {
                for (Map.Entry<String, String> l : item.labels().entrySet()) {
                    if (!l.getKey().equals("en") && !l.getKey().equals("nb")) {
                        errors.add(new FieldError(at + ".labels." + l.getKey(), "Only en and nb labels exist."));
                    } else if (l.getValue() == null || l.getValue().isBlank() || l.getValue().length() > 200) {
                        errors.add(new FieldError(at + ".labels." + l.getKey(), "Must be 1-200 characters."));
                    }
                }
            }
        }
    }

    private void apply(Kind kind, List<Item> items) {
        if (items == null) {
            return;
        }
        int next = TaxonomyItem.<TaxonomyItem>listAll().stream().mapToInt(i -> i.position).max().orElse(0) + 1;
        for (Item item : items) {
            TaxonomyItem existing = TaxonomyItem.findById(new TaxonomyItem.Key(kind.name(), item.code()));
            Map<String, String> labels = item.labels() == null ? Map.of() : item.labels();
            if (existing == null) {
                if (labels.get("en") == null || labels.get("nb") == null) {
                    throw ProblemException.invalid(kind.name().toLowerCase() + ":" + item.code() + ".labels",
                            "A new item needs both an en and an nb label.");
                }
                existing = new TaxonomyItem();
                existing.key = new TaxonomyItem.Key(kind.name(), item.code());
                existing.position = next++;
                existing.labelEn = labels.get("en");
                existing.labelNb = labels.get("nb");
                existing.retired = Boolean.TRUE.equals(item.retired());
                existing.updatedAt = Instant.now();
                existing.persist();
            } else {
                if (labels.containsKey("en")) {
                    existing.labelEn = labels.get("en");
                }
                if (labels.containsKey("nb")) {
                    existing.labelNb = labels.get("nb");
                }
                if (item.retired() != null) {
                    existing.retired = item.retired();
                }
                existing.updatedAt = Instant.now();
            }
        }
    }
}
