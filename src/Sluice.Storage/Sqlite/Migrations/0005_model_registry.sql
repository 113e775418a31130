-- The model registry, MLflow's model: a registered model has numbered versions, each from a tracked run's model
-- artifact, and aliases that point at one version each.

-- latest_version is the counter versions are numbered from, raised in the registering transaction, so two
-- registrations never share a number and numbers are never reused.
CREATE TABLE registered_models (
    name           TEXT    NOT NULL PRIMARY KEY,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    latest_version INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE model_versions (
    model      TEXT    NOT NULL REFERENCES registered_models (name),
    version    INTEGER NOT NULL,
    run_id     TEXT    NOT NULL REFERENCES tracked_runs (id),
    artifact   TEXT    NOT NULL,
    signature  TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (model, version)
) WITHOUT ROWID;

CREATE TABLE model_aliases (
    model   TEXT    NOT NULL,
    alias   TEXT    NOT NULL,
    version INTEGER NOT NULL,
    PRIMARY KEY (model, alias),
    FOREIGN KEY (model, version) REFERENCES model_versions (model, version)
) WITHOUT ROWID;

-- One row: raised with every change to a version or an alias, so a server notices a moved alias by reading one
-- integer instead of the registry.
CREATE TABLE model_registry_state (
    id         INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL
);

INSERT INTO model_registry_state (id, generation) VALUES (1, 0);
