-- Notification settings (issue #15): how a seeker wants their follow-ups by e-mail. No row = DIGEST.
CREATE TABLE notification_settings (
    tenant_id  TEXT        NOT NULL,
    seeker_id  UUID        NOT NULL,
    delivery   TEXT        NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, seeker_id)
);

-- A mail row is now one e-mail: a single follow-up (keyed by the reminder's id, as before) or a
-- seeker's digest of the day (keyed by an id derived from seeker and day) listing several reminders.
ALTER TABLE mail_delivery ADD COLUMN html TEXT;
ALTER TABLE mail_delivery ADD COLUMN reminder_ids TEXT NOT NULL DEFAULT '';
ALTER TABLE mail_delivery ADD COLUMN unsubscribe_url TEXT;
