-- Applications as tracker-service last announced them (state transfer from tracker.events),
-- reduced to what feedback needs: whose they are, and the facts the reports count.
CREATE TABLE application (
    tenant_id              TEXT        NOT NULL,
    id                     UUID        NOT NULL,
    seeker_id              UUID        NOT NULL,
    employer               TEXT,
    position               TEXT,
    sector                 TEXT,
    stage                  TEXT        NOT NULL,
    furthest_stage         TEXT        NOT NULL,
    applied_on             DATE,
    reached_interview      BOOLEAN     NOT NULL DEFAULT FALSE,
    reached_offer          BOOLEAN     NOT NULL DEFAULT FALSE,
    accepted               BOOLEAN     NOT NULL DEFAULT FALSE,
    last_interview_at      TIMESTAMPTZ,
    decided_at             TIMESTAMPTZ,
    outbound_follow_ups    INTEGER     NOT NULL DEFAULT 0,
    employer_responded     BOOLEAN     NOT NULL DEFAULT FALSE,
    source_updated_at      TIMESTAMPTZ,
    created_at             TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX application_seeker ON application (tenant_id, seeker_id);
CREATE INDEX application_applied ON application (tenant_id, applied_on);

-- The tenant's taxonomy: rejection reasons, strength and weakness tags. A code never changes
-- meaning; a retired item is hidden from new entries and still labelled in reports.
CREATE TABLE taxonomy_item (
    tenant_id   TEXT        NOT NULL,
    kind        TEXT        NOT NULL,
    code        TEXT        NOT NULL,
    label_en    TEXT        NOT NULL,
    label_nb    TEXT        NOT NULL,
    retired     BOOLEAN     NOT NULL DEFAULT FALSE,
    position    INTEGER     NOT NULL DEFAULT 0,
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, kind, code)
);

-- One feedback entry on an application. seeker_id, sector and entry_day are copied in so that
-- the reports read this one narrow table (and its covering index) without joins.
CREATE TABLE feedback_entry (
    tenant_id              TEXT        NOT NULL,
    id                     UUID        NOT NULL,
    application_id         UUID        NOT NULL,
    seeker_id              UUID        NOT NULL,
    author_id              UUID        NOT NULL,
    debrief                BOOLEAN     NOT NULL DEFAULT FALSE,
    outcome                TEXT        NOT NULL,
    stage_reached          TEXT        NOT NULL,
    rejection_reason       TEXT,
    strengths              TEXT[]      NOT NULL DEFAULT '{}',
    weaknesses             TEXT[]      NOT NULL DEFAULT '{}',
    strengths_text         TEXT,
    weaknesses_text        TEXT,
    notes                  TEXT,
    requested              BOOLEAN     NOT NULL DEFAULT FALSE,
    received               BOOLEAN     NOT NULL DEFAULT FALSE,
    better_candidate_hint  TEXT,
    reflection             TEXT,
    sector                 TEXT,
    entry_day              DATE        NOT NULL,
    created_at             TIMESTAMPTZ NOT NULL,
    updated_at             TIMESTAMPTZ NOT NULL,
    version                INTEGER     NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX feedback_entry_seeker ON feedback_entry (tenant_id, seeker_id, created_at);
CREATE INDEX feedback_entry_application ON feedback_entry (tenant_id, application_id);
-- The rejection-reason report: an index-only scan in (reason, seeker) order, so the distinct
-- count per reason needs no sort; the INCLUDE columns answer the filters without the heap.
CREATE INDEX feedback_entry_reason_report ON feedback_entry (tenant_id, rejection_reason, seeker_id)
    INCLUDE (entry_day, sector, stage_reached);
