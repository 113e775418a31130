-- Log lines of runs. Not tied to pipeline_runs by a foreign key: logs are deleted on their own schedule.
CREATE TABLE run_logs (
    id      INTEGER PRIMARY KEY,
    run_id  TEXT    NOT NULL,
    block   TEXT,
    attempt INTEGER NOT NULL,
    at      INTEGER NOT NULL,
    level   TEXT    NOT NULL,
    message TEXT    NOT NULL
);

CREATE INDEX ix_run_logs_run ON run_logs (run_id, at, id);
CREATE INDEX ix_run_logs_block ON run_logs (run_id, block, at, id);
