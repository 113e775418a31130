-- Experiment tracking, MLflow's model: experiments group tracked runs; a run keeps params (written once), every
-- metric value with its step, the latest value of each metric, tags, and the names of its artifacts (the files
-- live under .sluice/artifacts/<experiment>/<run>/). Times are ticks since the Unix epoch, UTC, as in 0001.
CREATE TABLE experiments (
    id         TEXT    NOT NULL PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
);

-- pipeline_run is not a foreign key: tracking outlives cleaning, like the logs.
CREATE TABLE tracked_runs (
    id            TEXT    NOT NULL PRIMARY KEY,
    experiment_id TEXT    NOT NULL REFERENCES experiments (id),
    name          TEXT    NOT NULL,
    status        TEXT    NOT NULL,
    started_at    INTEGER NOT NULL,
    ended_at      INTEGER,
    pipeline_run  TEXT,
    pipeline      TEXT,
    block         TEXT,
    attempt       INTEGER
);

CREATE INDEX ix_tracked_runs_started ON tracked_runs (started_at DESC, id DESC);
CREATE INDEX ix_tracked_runs_experiment ON tracked_runs (experiment_id, started_at DESC, id DESC);
CREATE INDEX ix_tracked_runs_pipeline_run ON tracked_runs (pipeline_run) WHERE pipeline_run IS NOT NULL;
CREATE INDEX ix_tracked_runs_block ON tracked_runs (pipeline, block) WHERE pipeline IS NOT NULL;

CREATE TABLE tracked_params (
    run_id TEXT NOT NULL REFERENCES tracked_runs (id) ON DELETE CASCADE,
    key    TEXT NOT NULL,
    value  TEXT NOT NULL,
    PRIMARY KEY (run_id, key)
) WITHOUT ROWID;

CREATE TABLE tracked_tags (
    run_id TEXT NOT NULL REFERENCES tracked_runs (id) ON DELETE CASCADE,
    key    TEXT NOT NULL,
    value  TEXT NOT NULL,
    PRIMARY KEY (run_id, key)
) WITHOUT ROWID;

-- Every value logged. SQLite stores NaN as NULL, so value is nullable and NULL reads back as NaN.
CREATE TABLE tracked_metrics (
    id     INTEGER PRIMARY KEY,
    run_id TEXT    NOT NULL REFERENCES tracked_runs (id) ON DELETE CASCADE,
    key    TEXT    NOT NULL,
    value  REAL,
    step   INTEGER NOT NULL,
    at     INTEGER NOT NULL
);

CREATE INDEX ix_tracked_metrics_history ON tracked_metrics (run_id, key, step, at, id);

-- The value of each metric with the highest step (latest among equal steps), kept in the transaction that logs
-- it, so listing and sorting runs by a metric reads one row per run.
CREATE TABLE tracked_latest_metrics (
    run_id TEXT    NOT NULL REFERENCES tracked_runs (id) ON DELETE CASCADE,
    key    TEXT    NOT NULL,
    value  REAL,
    step   INTEGER NOT NULL,
    at     INTEGER NOT NULL,
    PRIMARY KEY (run_id, key)
) WITHOUT ROWID;

CREATE INDEX ix_tracked_latest_metrics_key ON tracked_latest_metrics (key, value);

CREATE TABLE tracked_artifacts (
    run_id TEXT    NOT NULL REFERENCES tracked_runs (id) ON DELETE CASCADE,
    name   TEXT    NOT NULL,
    size   INTEGER NOT NULL,
    at     INTEGER NOT NULL,
    PRIMARY KEY (run_id, name)
) WITHOUT ROWID;
