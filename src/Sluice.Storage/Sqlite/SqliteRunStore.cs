using Microsoft.Data.Sqlite;

using Sluice.Core;

namespace Sluice.Storage.Sqlite;

/// <summary>
/// Runs in SQLite: <c>run_events</c> is the truth, <c>pipeline_runs</c> and <c>block_runs</c> are its projection,
/// written in the transaction that appends each event.
/// </summary>
internal sealed partial class SqliteRunStore : IRunStore, IDisposable
{
    private readonly SqliteSession _session;

    // The append path runs twice per block, so its statements are prepared once and kept.
    private readonly SqliteCommand _insertEvent;
    private readonly SqliteCommand _insertRun;
    private readonly SqliteCommand _insertBlockRun;
    private readonly SqliteCommand _makeRoomAfterBlock;
    private readonly SqliteCommand _insertChildBlockRun;
    private readonly SqliteCommand _runStarted;
    private readonly SqliteCommand _runEnded;
    private readonly SqliteCommand _blockStarted;
    private readonly SqliteCommand _blockAttemptFailed;
    private readonly SqliteCommand _blockEnded;

    public SqliteRunStore(SqliteSession session)
    {
        _session = session;
        var c = session.Connection;
        _insertEvent = SqliteCommands.Create(
            c,
            "INSERT INTO run_events (run_id, type, at, payload) VALUES ($run, $type, $at, $payload)",
            "$run", "$type", "$at", "$payload");
        _insertRun = SqliteCommands.Create(
            c,
            """
            INSERT INTO pipeline_runs (id, pipeline, version_hash, variables, status, created_at, owner)
            VALUES ($run, $pipeline, $hash, $variables, 'Queued', $at, $owner)
            """,
            "$run", "$pipeline", "$hash", "$variables", "$at", "$owner");
        _insertBlockRun = SqliteCommands.Create(
            c,
            """
            INSERT INTO block_runs (run_id, block, position, pipeline, status)
            VALUES ($run, $block, $position, $pipeline, 'Queued')
            """,
            "$run", "$block", "$position", "$pipeline");

        // A dynamic block's children are listed right after the block they belong to: later rows move down first.
        _makeRoomAfterBlock = SqliteCommands.Create(
            c,
            """
            UPDATE block_runs SET position = position + $count
            WHERE run_id = $run AND position > (SELECT position FROM block_runs WHERE run_id = $run AND block = $block)
            """,
            "$run", "$block", "$count");
        _insertChildBlockRun = SqliteCommands.Create(
            c,
            """
            INSERT INTO block_runs (run_id, block, position, pipeline, status)
            SELECT run_id, $child, position + $offset, pipeline, 'Queued' FROM block_runs WHERE run_id = $run AND block = $block
            """,
            "$run", "$block", "$child", "$offset");
        _runStarted = SqliteCommands.Create(
            c,
            "UPDATE pipeline_runs SET status = 'Running', started_at = COALESCE(started_at, $at) WHERE id = $run",
            "$run", "$at");
        _runEnded = SqliteCommands.Create(
            c,
            "UPDATE pipeline_runs SET status = $status, ended_at = $at, error = $error WHERE id = $run",
            "$run", "$at", "$status", "$error");
        _blockStarted = SqliteCommands.Create(
            c,
            """
            UPDATE block_runs SET status = 'Running', attempts = $attempt, started_at = COALESCE(started_at, $at)
            WHERE run_id = $run AND block = $block
            """,
            "$run", "$at", "$block", "$attempt");
        _blockAttemptFailed = SqliteCommands.Create(
            c,
            "UPDATE block_runs SET error = $error WHERE run_id = $run AND block = $block",
            "$run", "$block", "$error");

        // A completed block has no error; any other end keeps the last attempt's error when the event names none.
        _blockEnded = SqliteCommands.Create(
            c,
            """
            UPDATE block_runs
            SET status = $status, ended_at = $at,
                error = CASE WHEN $status = 'Completed' THEN NULL ELSE COALESCE($error, error) END
            WHERE run_id = $run AND block = $block
            """,
            "$run", "$at", "$block", "$status", "$error");
    }

    public void Dispose()
    {
        _insertEvent.Dispose();
        _insertRun.Dispose();
        _insertBlockRun.Dispose();
        _makeRoomAfterBlock.Dispose();
        _insertChildBlockRun.Dispose();
        _runStarted.Dispose();
        _runEnded.Dispose();
        _blockStarted.Dispose();
        _blockAttemptFailed.Dispose();
        _blockEnded.Dispose();
    }
}
