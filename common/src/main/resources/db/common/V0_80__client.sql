-- What a consuming service knows of the tracker's people, projected from tracker.events (common/people):
-- enough to authorise a coach (the assignment) and to address a seeker (locale, time zone).
-- reminder- and feedback-service had this very table as their own V1; on their databases it exists
-- already and this changes nothing. The tracker (whose people these are) keeps its copy empty.
CREATE TABLE IF NOT EXISTS client (
    tenant_id     TEXT        NOT NULL,
    id            UUID        NOT NULL,
    role          TEXT        NOT NULL,
    display_name  TEXT        NOT NULL,
    email         TEXT,
    locale        TEXT        NOT NULL DEFAULT 'en',
    time_zone     TEXT        NOT NULL DEFAULT 'Europe/Oslo',
    coach_id      UUID,
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX IF NOT EXISTS client_coach ON client (tenant_id, coach_id);
