-- Reminders (issue #5): the projection of applications, the reminders planned from them, the
-- tenant's policy and templates, the mail outbox and the calendar feeds. tenant_id leads every key.

-- The latest full application as tracker.events carried it (the planner's input).
CREATE TABLE application_copy (
    tenant_id   TEXT        NOT NULL,
    id          UUID        NOT NULL,
    seeker_id   UUID        NOT NULL,
    stage       TEXT        NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    data        TEXT        NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX application_copy_seeker ON application_copy (tenant_id, seeker_id);

-- One reminder: (application, key) is the planner's identity of it across re-plans.
CREATE TABLE reminder (
    tenant_id      TEXT        NOT NULL,
    id             UUID        NOT NULL,
    application_id UUID        NOT NULL,
    seeker_id      UUID        NOT NULL,
    plan_key       TEXT        NOT NULL,
    rule           TEXT        NOT NULL,
    due_on         DATE        NOT NULL,
    due_at         TIMESTAMPTZ NOT NULL,
    contact_ids    TEXT        NOT NULL DEFAULT '',
    interview_id   TEXT,
    reason         TEXT        NOT NULL,
    status         TEXT        NOT NULL,
    snoozed_until  DATE,
    dispatched_at  TIMESTAMPTZ,
    created_at     TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, application_id, plan_key)
);
CREATE INDEX reminder_seeker ON reminder (tenant_id, seeker_id, due_on, id);
-- The dispatcher's queue: open reminders by the instant they fall due.
CREATE INDEX reminder_pending ON reminder (tenant_id, due_at) WHERE status IN ('SCHEDULED', 'SNOOZED');

-- The tenant's policy; no row = the defaults of domain.md and Norway's public holidays.
CREATE TABLE tenant_policy (
    tenant_id        TEXT        NOT NULL PRIMARY KEY,
    numbers          TEXT        NOT NULL,
    holidays_added   TEXT        NOT NULL DEFAULT '',
    holidays_removed TEXT        NOT NULL DEFAULT '',
    morning_hour     INT         NOT NULL DEFAULT 8,
    replan_state     TEXT        NOT NULL DEFAULT 'IDLE',
    replan_total     INT         NOT NULL DEFAULT 0,
    replan_done      INT         NOT NULL DEFAULT 0,
    updated_at       TIMESTAMPTZ NOT NULL
);

-- Tenant overrides of the bundled draft templates.
CREATE TABLE draft_template (
    tenant_id  TEXT        NOT NULL,
    rule       TEXT        NOT NULL,
    language   TEXT        NOT NULL,
    template   TEXT        NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, rule, language)
);

-- Mail outbox: written in the dispatch transaction that made the reminder DUE, sent after it.
CREATE TABLE mail_delivery (
    tenant_id       TEXT        NOT NULL,
    reminder_id     UUID        NOT NULL,
    recipient       TEXT        NOT NULL,
    subject         TEXT        NOT NULL,
    body            TEXT        NOT NULL,
    message_id      TEXT        NOT NULL,
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    sent_at         TIMESTAMPTZ,
    last_error      TEXT,
    PRIMARY KEY (tenant_id, reminder_id)
);
CREATE INDEX mail_delivery_pending ON mail_delivery (tenant_id, next_attempt_at) WHERE sent_at IS NULL;

-- A seeker's secret calendar feed. The token itself is never stored: its SHA-256 finds the feed
-- (the one lookup without a tenant, since the feed URL carries no token of the caller), the salt
-- lets the service derive the same token again to show the URL.
CREATE TABLE calendar_feed (
    tenant_id  TEXT        NOT NULL,
    seeker_id  UUID        NOT NULL,
    salt       TEXT        NOT NULL,
    token_hash TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, seeker_id)
);
CREATE UNIQUE INDEX calendar_feed_token ON calendar_feed (token_hash);
