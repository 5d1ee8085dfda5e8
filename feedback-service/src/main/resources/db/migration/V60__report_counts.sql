-- Exact report numbers kept up to date on every write of feedback_entry (docs/reports.md, "Speed at scale").
--
-- report_key names what an entry counts towards: its rejection reason, "any reason", each strength and
-- weakness tag, and for feedback asked for: requested, received or not received. The plain aggregates
-- in Reports count the same things; the property test and the benchmark check that both agree.
CREATE FUNCTION report_keys(reason TEXT, strengths TEXT[], weaknesses TEXT[], requested BOOLEAN, received BOOLEAN)
    RETURNS TABLE (measure TEXT, code TEXT)
    LANGUAGE sql IMMUTABLE AS
$$
SELECT 'reason', reason WHERE reason IS NOT NULL
UNION ALL SELECT 'any-reason', '' WHERE reason IS NOT NULL
UNION ALL SELECT 'strength', s FROM unnest(strengths) s WHERE s IS NOT NULL
UNION ALL SELECT 'weakness', w FROM unnest(weaknesses) w WHERE w IS NOT NULL
UNION ALL SELECT 'requested', '' WHERE requested
UNION ALL SELECT 'received', '' WHERE requested AND received
UNION ALL SELECT 'not-received', '' WHERE requested AND NOT received
$$;

-- Per (tenant, seeker, measure, code): how many of the seeker's entries count there. A seeker is counted
-- by a cell while this is above 0, so distinct seekers stay exact whatever is added, changed or removed.
-- A row that falls to 0 stays (it is reused; readers skip it).
CREATE TABLE report_seeker (
    tenant_id  TEXT    NOT NULL,
    seeker_id  UUID    NOT NULL,
    measure    TEXT    NOT NULL,
    code       TEXT    NOT NULL,
    entries    INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, seeker_id, measure, code)
);

-- Per (tenant, measure, code): entries and distinct seekers, the sum over the slots. Each writing
-- connection adds its changes to its own slot, so concurrent writes of one tenant do not queue on one row;
-- a slot alone means nothing (it may go negative), only the sum does.
CREATE TABLE report_total (
    tenant_id  TEXT     NOT NULL,
    measure    TEXT     NOT NULL,
    code       TEXT     NOT NULL,
    slot       SMALLINT NOT NULL,
    entries    BIGINT   NOT NULL,
    seekers    BIGINT   NOT NULL,
    PRIMARY KEY (tenant_id, measure, code, slot)
);

-- Per (tenant, coach, measure, code): the same for the seekers assigned to the coach now. An entry adds to
-- its seeker's coach; a reassignment (a write of client.coach_id) moves the seeker's report_seeker rows from
-- the old coach to the new one. Both lock the seeker's client row first, so they never cross.
CREATE TABLE report_coach_total (
    tenant_id  TEXT   NOT NULL,
    coach_id   UUID   NOT NULL,
    measure    TEXT   NOT NULL,
    code       TEXT   NOT NULL,
    entries    BIGINT NOT NULL,
    seekers    BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, coach_id, measure, code)
);

-- What already exists.
INSERT INTO report_seeker (tenant_id, seeker_id, measure, code, entries)
SELECT e.tenant_id, e.seeker_id, k.measure, k.code, count(*)
FROM feedback_entry e
         CROSS JOIN LATERAL report_keys(e.rejection_reason, e.strengths, e.weaknesses, e.requested, e.received) k
GROUP BY 1, 2, 3, 4;
INSERT INTO report_total (tenant_id, measure, code, slot, entries, seekers)
SELECT tenant_id, measure, code, 0, sum(entries), count(*) FROM report_seeker GROUP BY 1, 2, 3;
INSERT INTO report_coach_total (tenant_id, coach_id, measure, code, entries, seekers)
SELECT p.tenant_id, c.coach_id, p.measure, p.code, sum(p.entries), count(*)
FROM report_seeker p JOIN client c ON c.tenant_id = p.tenant_id AND c.id = p.seeker_id
WHERE c.coach_id IS NOT NULL GROUP BY 1, 2, 3, 4;

-- The rows a statement changed, as a query over its transition tables: +1 for each new row, -1 for each old one.
CREATE FUNCTION report_changed_rows(op TEXT, cols TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE AS
$$
SELECT CASE op
    WHEN 'INSERT' THEN format('SELECT %s, 1 AS sign FROM new_rows', cols)
    WHEN 'DELETE' THEN format('SELECT %s, -1 AS sign FROM old_rows', cols)
    ELSE format('SELECT %1$s, 1 AS sign FROM new_rows UNION ALL SELECT %1$s, -1 FROM old_rows', cols) END
$$;

-- One statement-level trigger per kind of write (a trigger with transition tables has one event): the
-- changed rows are counted as a set, so a COPY of a million rows costs a few set operations, not a
-- million row triggers. It runs in the writing transaction: the numbers commit or roll back with the entry.
CREATE FUNCTION report_count_changes() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
DECLARE
    changed CONSTANT TEXT := report_changed_rows(TG_OP, 'tenant_id, seeker_id, rejection_reason, strengths, weaknesses, requested, received');
BEGIN
    -- the seekers' coaches first (see report_coach_total), then rows in key order: no two writers wait in a circle
    EXECUTE format('SELECT count(*) FROM (SELECT 1 FROM client c WHERE (c.tenant_id, c.id) IN (SELECT tenant_id, seeker_id FROM (%s) x)'
        ' ORDER BY c.tenant_id, c.id FOR SHARE) l', changed);
    EXECUTE format($q$
        WITH d AS (
            SELECT c.tenant_id, c.seeker_id, k.measure, k.code, sum(c.sign)::INTEGER AS n
            FROM (%s) c CROSS JOIN LATERAL report_keys(c.rejection_reason, c.strengths, c.weaknesses, c.requested, c.received) k
            GROUP BY 1, 2, 3, 4 HAVING sum(c.sign) <> 0),
        s AS (
            INSERT INTO report_seeker AS p (tenant_id, seeker_id, measure, code, entries)
            SELECT tenant_id, seeker_id, measure, code, n FROM d ORDER BY 1, 2, 3, 4
            ON CONFLICT (tenant_id, seeker_id, measure, code) DO UPDATE SET entries = p.entries + EXCLUDED.entries
            RETURNING p.tenant_id, p.seeker_id, p.measure, p.code, p.entries),
        j AS (
            -- before = after - n: from 0 to more is one seeker more, from more to 0 one less
            SELECT d.tenant_id, d.seeker_id, d.measure, d.code, d.n,
                   CASE WHEN s.entries > 0 AND s.entries = d.n THEN 1 WHEN s.entries = 0 THEN -1 ELSE 0 END AS seekers
            FROM d JOIN s USING (tenant_id, seeker_id, measure, code)),
        tot AS (
            INSERT INTO report_total AS t (tenant_id, measure, code, slot, entries, seekers)
            SELECT tenant_id, measure, code, pg_backend_pid() %% 16, sum(n), sum(seekers)
            FROM j GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
            ON CONFLICT (tenant_id, measure, code, slot) DO UPDATE
                SET entries = t.entries + EXCLUDED.entries, seekers = t.seekers + EXCLUDED.seekers)
        INSERT INTO report_coach_total AS ct (tenant_id, coach_id, measure, code, entries, seekers)
        SELECT j.tenant_id, cl.coach_id, j.measure, j.code, sum(j.n), sum(j.seekers)
        FROM j JOIN client cl ON cl.tenant_id = j.tenant_id AND cl.id = j.seeker_id
        WHERE cl.coach_id IS NOT NULL
        GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
        ON CONFLICT (tenant_id, coach_id, measure, code) DO UPDATE
            SET entries = ct.entries + EXCLUDED.entries, seekers = ct.seekers + EXCLUDED.seekers
        $q$, changed);
    RETURN NULL;
END
$$;

CREATE TRIGGER feedback_entry_counted_insert AFTER INSERT ON feedback_entry
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_count_changes();
CREATE TRIGGER feedback_entry_counted_update AFTER UPDATE ON feedback_entry
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_count_changes();
CREATE TRIGGER feedback_entry_counted_delete AFTER DELETE ON feedback_entry
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_count_changes();

-- A person added, removed or reassigned: their counted rows leave the old coach and join the new one.
CREATE FUNCTION report_count_assignments() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
DECLARE
    changed CONSTANT TEXT := report_changed_rows(TG_OP, 'tenant_id, id, coach_id');
BEGIN
    EXECUTE format($q$
        INSERT INTO report_coach_total AS ct (tenant_id, coach_id, measure, code, entries, seekers)
        SELECT c.tenant_id, c.coach_id, p.measure, p.code, sum(c.sign * p.entries), sum(c.sign)
        FROM (%s) c JOIN report_seeker p ON p.tenant_id = c.tenant_id AND p.seeker_id = c.id
        WHERE c.coach_id IS NOT NULL AND p.entries > 0
        GROUP BY 1, 2, 3, 4 HAVING sum(c.sign) <> 0 ORDER BY 1, 2, 3, 4
        ON CONFLICT (tenant_id, coach_id, measure, code) DO UPDATE
            SET entries = ct.entries + EXCLUDED.entries, seekers = ct.seekers + EXCLUDED.seekers
        $q$, changed);
    RETURN NULL;
END
$$;

CREATE TRIGGER client_counted_insert AFTER INSERT ON client
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_count_assignments();
CREATE TRIGGER client_counted_update AFTER UPDATE ON client
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_count_assignments();
CREATE TRIGGER client_counted_delete AFTER DELETE ON client
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_count_assignments();

-- TRUNCATE fires no row events: it empties the counts with the entries (or the coaches' with the people).
CREATE FUNCTION report_counts_truncated() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_TABLE_NAME = 'feedback_entry' THEN
        TRUNCATE report_seeker, report_total, report_coach_total;
    ELSE
        TRUNCATE report_coach_total;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER feedback_entry_counted_truncate AFTER TRUNCATE ON feedback_entry
    FOR EACH STATEMENT EXECUTE FUNCTION report_counts_truncated();
CREATE TRIGGER client_counted_truncate AFTER TRUNCATE ON client
    FOR EACH STATEMENT EXECUTE FUNCTION report_counts_truncated();
