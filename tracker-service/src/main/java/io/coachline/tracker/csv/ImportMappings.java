package io.coachline.tracker.csv;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The seeker's import choices, remembered per file layout (table csv_import_mapping). */
@ApplicationScoped
public class ImportMappings {

    /** What is stored: the choices of {@link ImportOptions} without the zone. */
    record Choices(DateOrder dateOrder, Map<String, String> columns, Map<String, Map<String, String>> values) {
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** The choices remembered for this layout, or {@code null}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportOptions remembered(String tenant, UUID seekerId, String fingerprint, ZoneId zone) {
        List<?> rows = em.createNativeQuery("SELECT choices FROM csv_import_mapping"
                        + " WHERE tenant_id = ?1 AND seeker_id = ?2 AND fingerprint = ?3")
                .setParameter(1, tenant).setParameter(2, seekerId).setParameter(3, fingerprint).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        try {
            Choices c = json.readValue((String) rows.get(0), Choices.class);
            return new ImportOptions(zone, c.dateOrder(), c.columns(), c.values());
        } catch (JsonProcessingException e) {
            return null;   // an unreadable old entry is as good as none
        }
    }

    /** Remembers the choices for this layout (the last import wins). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String tenant, UUID seekerId, String fingerprint, ImportOptions options) {
        String choices;
        try {
            choices = json.writeValueAsString(new Choices(options.dateOrder(), options.columns(), options.values()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        em.createNativeQuery("INSERT INTO csv_import_mapping (tenant_id, seeker_id, fingerprint, choices, updated_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (tenant_id, seeker_id, fingerprint)"
                        + " DO UPDATE SET choices = EXCLUDED.choices, updated_at = EXCLUDED.updated_at")
                .setParameter(1, tenant).setParameter(2, seekerId).setParameter(3, fingerprint).setParameter(4, choices)
                .setParameter(5, Instant.now()).executeUpdate();
    }
}
