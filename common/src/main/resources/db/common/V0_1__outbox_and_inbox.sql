-- Infrastructure tables shared by every service (from the common library). They hold events of
-- every tenant and are read across tenants by the relay, so they are keyed by sequence and event id.

-- Transactional outbox: written in the same transaction as the change, relayed to Kafka after.
CREATE TABLE outbox_event (
    seq          BIGSERIAL PRIMARY KEY,
    event_id     UUID        NOT NULL UNIQUE,
    tenant_id    TEXT        NOT NULL,
    event_key    TEXT        NOT NULL,
    event_type   TEXT        NOT NULL,
    subject      TEXT,
    occurred_at  TIMESTAMPTZ NOT NULL,
    data         TEXT        NOT NULL
);

-- Idempotent consumers: the ids of the events each consumer has already applied.
CREATE TABLE processed_event (
    consumer     TEXT        NOT NULL,
    event_id     TEXT        NOT NULL,
    tenant_id    TEXT        NOT NULL,
    event_type   TEXT        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
