-- Times are INTEGER counts of 100 ns ticks since the Unix epoch, UTC: the full precision of DateTimeOffset, so a
-- stored time reads back equal to the one written, and integers sort and compare without parsing.

-- The truth: every run event, appended and never changed. seq orders the events of a run.
CREATE TABLE run_events (
    seq     INTEGER PRIMARY KEY,
    run_id  TEXT    NOT NULL REFERENCES pipeline_runs (id) ON DELETE CASCADE,
    type    TEXT    NOT NULL,
    at      INTEGER NOT NULL,
    payload TEXT    NOT NULL
);

CREATE INDEX ix_run_events_run ON run_events (run_id, seq);

-- Projection of the events of each run, updated in the transaction that appends them.
CREATE TABLE pipeline_runs (
    id           TEXT    NOT NULL PRIMARY KEY,
    pipeline     TEXT    NOT NULL,
    version_hash TEXT    NOT NULL,
    variables    TEXT    NOT NULL,
    status       TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    started_at   INTEGER,
    ended_at     INTEGER,
    error        TEXT
);

CREATE INDEX ix_pipeline_runs_created ON pipeline_runs (created_at DESC, id DESC);
CREATE INDEX ix_pipeline_runs_pipeline ON pipeline_runs (pipeline, created_at DESC, id DESC);
CREATE INDEX ix_pipeline_runs_status ON pipeline_runs (status, created_at DESC, id DESC);
CREATE INDEX ix_pipeline_runs_ended ON pipeline_runs (ended_at, id) WHERE ended_at IS NOT NULL;

-- One row per block a run listed; position keeps the order the run created them in.
CREATE TABLE block_runs (
    run_id     TEXT    NOT NULL REFERENCES pipeline_runs (id) ON DELETE CASCADE,
    block      TEXT    NOT NULL,
    position   INTEGER NOT NULL,
    pipeline   TEXT    NOT NULL,
    status     TEXT    NOT NULL,
    attempts   INTEGER NOT NULL DEFAULT 0,
    started_at INTEGER,
    ended_at   INTEGER,
    error      TEXT,
    PRIMARY KEY (run_id, block)
);

CREATE INDEX ix_block_runs_completed ON block_runs (pipeline, block, ended_at DESC) WHERE status = 'Completed';
