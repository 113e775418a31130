-- The process that executes a run (machine/pid/start), so a run whose process died can be ended instead of
-- staying Running for ever.
ALTER TABLE pipeline_runs ADD COLUMN owner TEXT;

CREATE INDEX ix_pipeline_runs_unfinished ON pipeline_runs (created_at, id) WHERE status IN ('Queued', 'Running');
