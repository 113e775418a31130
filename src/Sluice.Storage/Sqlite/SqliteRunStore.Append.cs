using System.Text.Json;

using Microsoft.Data.Sqlite;

using Sluice.Core;
using Sluice.Storage.Serialization;

namespace Sluice.Storage.Sqlite;

internal sealed partial class SqliteRunStore
{
    private const int SqliteConstraint = 19;

    public Task AppendAsync(RunEvent runEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(runEvent);

        // Serialize before taking the connection: other callers need not wait for it.
        var type = RunEventJson.TypeName(runEvent);
        var payload = RunEventJson.Serialize(runEvent);
        var variables = runEvent is RunCreated created
            ? JsonSerializer.Serialize(created.Variables, RunEventJson.Options)
            : null;
        return _session.InTransactionAsync(
            transaction =>
            {
                try
                {
                    Project(transaction, runEvent, variables);
                }
                catch (SqliteException e) when (e.SqliteErrorCode == SqliteConstraint)
                {
                    throw new InvalidOperationException(
                        $"Run {runEvent.Run} cannot take {type}: {e.Message}", e);
                }

                _insertEvent
                    .With(transaction, runEvent.Run.Value, type, SqliteTime.ToTicks(runEvent.At), payload)
                    .ExecuteNonQuery();
                return true;
            },
            cancellationToken);
    }

    private void Project(SqliteTransaction transaction, RunEvent runEvent, string? variables)
    {
        var run = runEvent.Run.Value;
        var at = SqliteTime.ToTicks(runEvent.At);
        switch (runEvent)
        {
            case RunCreated e:
                _insertRun.With(transaction, run, e.Pipeline.Value, e.VersionHash, variables, at, e.Owner).ExecuteNonQuery();
                for (var i = 0; i < e.Blocks.Count; i++)
                {
                    _insertBlockRun.With(transaction, run, e.Blocks[i], i, e.Pipeline.Value).ExecuteNonQuery();
                }

                break;
            case ChildBlocksAdded e:
                _makeRoomAfterBlock.With(transaction, run, e.Block, e.Children.Count).ExecuteNonQuery();
                for (var i = 0; i < e.Children.Count; i++)
                {
                    Expect(
                        _insertChildBlockRun.With(transaction, run, e.Block, e.Children[i], i + 1).ExecuteNonQuery(),
                        runEvent,
                        e.Block);
                }

                break;
            case RunStarted:
                Expect(_runStarted.With(transaction, run, at).ExecuteNonQuery(), runEvent, block: null);
                break;
            case RunEnded e:
                Expect(
                    _runEnded.With(transaction, run, at, e.Status.ToString(), e.Error).ExecuteNonQuery(),
                    runEvent,
                    block: null);
                break;
            case BlockStarted e:
                Expect(
                    _blockStarted.With(transaction, run, at, e.Block, e.Attempt).ExecuteNonQuery(), runEvent, e.Block);
                break;
            case BlockAttemptFailed e:
                Expect(
                    _blockAttemptFailed.With(transaction, run, e.Block, e.Error).ExecuteNonQuery(), runEvent, e.Block);
                break;
            case BlockEnded e:
                Expect(
                    _blockEnded.With(transaction, run, at, e.Block, e.Status.ToString(), e.Error).ExecuteNonQuery(),
                    runEvent,
                    e.Block);
                break;
            default:
                throw new NotSupportedException($"Run event type {runEvent.GetType().Name} is not known to the store.");
        }
    }

    // An event for a run or block that RunCreated did not declare is an engine bug; refusing it keeps the
    // events and the records in step (the transaction rolls back, nothing is appended).
    private static void Expect(int changed, RunEvent runEvent, string? block)
    {
        if (changed == 1)
        {
            return;
        }

        throw new InvalidOperationException(
            block is null
                ? $"Run {runEvent.Run} does not exist; {runEvent.GetType().Name} was not recorded."
                : $"Run {runEvent.Run} has no block '{block}'; {runEvent.GetType().Name} was not recorded.");
    }
}
