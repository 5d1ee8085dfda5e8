-- The cool-down is per employer (issue 15): the employer's comparable name (EmployerName) finds a seeker's
-- other applications to the same employer. Rows written before this are filled in when next read.
ALTER TABLE application_copy ADD COLUMN employer_key TEXT;
CREATE INDEX application_copy_employer ON application_copy (tenant_id, seeker_id, employer_key);
