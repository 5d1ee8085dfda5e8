-- Idempotency-Key on POST (IETF httpapi-idempotency-key draft): the first answer to a key, kept
-- 24 hours per tenant and user, so a retried create answers the same instead of creating again.
-- status is NULL while the first request is still being served.
CREATE TABLE idempotency_key (
    tenant_id     TEXT        NOT NULL,
    user_id       TEXT        NOT NULL,
    idem_key      TEXT        NOT NULL,
    fingerprint   TEXT        NOT NULL,
    status        INT,
    location      TEXT,
    content_type  TEXT,
    body          BYTEA,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, user_id, idem_key)
);
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
