package io.coachline.reminder.policy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A tenant's replacement of a bundled draft template for (rule, language). */
@Entity
@Table(name = "draft_template")
@IdClass(DraftTemplateOverride.Key.class)
public class DraftTemplateOverride extends PanacheEntityBase {

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Id
    public String rule;

    @Id
    public String language;

    public String template;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static class Key implements Serializable {
        public String rule;
        public String language;

        public Key() {
        }

        public Key(String rule, String language) {
            this.rule = rule;
            this.language = language;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(rule, k.rule) && Objects.equals(language, k.language);
        }

        @Override
        public int hashCode() {
            return Objects.hash(rule, language);
        }
    }
}
