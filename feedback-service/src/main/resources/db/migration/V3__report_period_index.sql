-- Reports over a period: an index-only scan of the days asked for (a sort of that slice for the
-- distinct count beats reading every day of the reason index). Measured in docs/benchmarks.md.
CREATE INDEX feedback_entry_day_report ON feedback_entry (tenant_id, entry_day)
    INCLUDE (rejection_reason, seeker_id, sector, stage_reached);
