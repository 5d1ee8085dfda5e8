-- Issue 15. Stage moves may be dated in the past, so two moves can share an instant (an interview
-- booked after the fact moves WISHLIST to APPLIED to INTERVIEW at its own time): the order they were
-- recorded in breaks the tie.
ALTER TABLE stage_change ADD COLUMN seq BIGSERIAL;

-- The tenant's follow-up policy numbers the tracker needs, as reminder-service last published them
-- (reminder.policy.changed.v1). No row: the defaults.
CREATE TABLE tenant_policy (
    tenant_id                     TEXT        NOT NULL PRIMARY KEY,
    soft_limit_open_applications  INT         NOT NULL CHECK (soft_limit_open_applications >= 1),
    changed_at                    TIMESTAMPTZ NOT NULL
);
