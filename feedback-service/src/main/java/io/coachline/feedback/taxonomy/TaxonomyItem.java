package io.coachline.feedback.taxonomy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.io.Serializable;
import java.time.Instant;

/** One rejection reason or strength/weakness tag of a tenant. The code is stable; labels may change. */
@Entity
@Table(name = "taxonomy_item")
public class TaxonomyItem extends PanacheEntityBase {

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @EmbeddedId
    public Key key;

    @Column(name = "label_en")
    public String labelEn;

    @Column(name = "label_nb")
    public String labelNb;

    public boolean retired;

    public int position;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Embeddable
    public record Key(String kind, String code) implements Serializable {
    }
}
