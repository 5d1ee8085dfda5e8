-- What a seeker chose when importing a file of another tracker (columns and words mapped, the
-- date order), remembered per layout: the next file with the same header reads the same way.
CREATE TABLE csv_import_mapping (
    tenant_id    TEXT        NOT NULL,
    seeker_id    UUID        NOT NULL,
    fingerprint  TEXT        NOT NULL,
    choices      TEXT        NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, seeker_id, fingerprint),
    FOREIGN KEY (tenant_id, seeker_id) REFERENCES person (tenant_id, id)
);
