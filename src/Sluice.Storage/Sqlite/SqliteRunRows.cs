using System.Text.Json;

using Microsoft.Data.Sqlite;

using Sluice.Core;
using Sluice.Storage.Serialization;

namespace Sluice.Storage.Sqlite;

/// <summary>Reads run and block run records from rows selected with the column lists here.</summary>
internal static class SqliteRunRows
{
    public const string RunColumns =
        "id, pipeline, version_hash, variables, status, created_at, started_at, ended_at, error, owner";

    public const string BlockRunColumns = "pipeline, run_id, block, status, attempts, started_at, ended_at, error";

    public static List<PipelineRun> ReadRuns(SqliteCommand command)
    {
        var runs = new List<PipelineRun>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            runs.Add(new PipelineRun(
                new RunId(reader.GetString(0)),
                new PipelineId(reader.GetString(1)),
                reader.GetString(2),
                JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(3), RunEventJson.Options) ?? [],
                Enum.Parse<RunStatus>(reader.GetString(4)),
                SqliteTime.FromTicks(reader.GetInt64(5)),
                Time(reader, 6),
                Time(reader, 7),
                reader.IsDBNull(8) ? null : reader.GetString(8))
            {
                Owner = reader.IsDBNull(9) ? null : reader.GetString(9),
            });
        }

        return runs;
    }

    public static List<BlockRun> ReadBlockRuns(SqliteCommand command)
    {
        var blockRuns = new List<BlockRun>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            blockRuns.Add(new BlockRun(
                new BlockKey(new PipelineId(reader.GetString(0)), new RunId(reader.GetString(1)), reader.GetString(2)),
                Enum.Parse<BlockRunStatus>(reader.GetString(3)),
                reader.GetInt32(4),
                Time(reader, 5),
                Time(reader, 6),
                reader.IsDBNull(7) ? null : reader.GetString(7)));
        }

        return blockRuns;
    }

    private static DateTimeOffset? Time(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : SqliteTime.FromTicks(reader.GetInt64(ordinal));
}
