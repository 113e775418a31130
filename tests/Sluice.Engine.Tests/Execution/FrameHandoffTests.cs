using Sluice.Core;
using Sluice.Engine.Execution;
using Sluice.Engine.Tests.Support;

namespace Sluice.Engine.Tests.Execution;

/// <summary>
/// A downstream block gets the frame its upstream returned, whether that ran in the same run or is read back from the
/// store.
/// </summary>
public sealed class FrameHandoffTests
{
    private static TempProject TwoBlocks() => new TempProject()
        .Write("data_loaders/load.cs", """
            public static class Load
            {
                // "a", "bc" and a missing value, in Arrow's layout; and the same as .NET strings.
                [DataLoader]
                public static DataFrame Run() => new(
                    new ArrowStringDataFrameColumn(
                        "arrow", "abc"u8.ToArray(), System.Runtime.InteropServices.MemoryMarshal.AsBytes<int>([0, 1, 3, 3]).ToArray(),
                        new byte[] { 0b011 }, 3, 1),
                    new StringDataFrameColumn("managed", ["a", "bc", null]));
            }
            """)
        .Write("transformers/describe.cs", """
            public static class Describe
            {
                [Transformer]
                public static string Run(DataFrame frame) =>
                    string.Join("; ", frame.Columns.Select(column => $"{column.Name}: {column.GetType().Name} [{Values(column)}]"));

                private static string Values(DataFrameColumn column) =>
                    string.Join(",", column.Cast<string?>().Select(value => value ?? "null"));
            }
            """)
        .Write("pipelines/p/pipeline.yaml", """
            blocks:
              - name: load
                kind: data_loader
              - name: describe
                kind: transformer
                upstream: [load]
            """);

    [Fact]
    public async Task RunOneBlock_ReadsTheUpstreamFrameBackWithTheColumnKindsItWasReturnedWith()
    {
        const string expected =
            "arrow: ArrowStringDataFrameColumn [a,bc,null]; managed: StringDataFrameColumn [a,bc,null]";
        await using var temp = TwoBlocks();
        var project = await temp.OpenAsync();

        var whole = await project.RunAsync("p");
        var alone = await project.RunAsync(new RunRequest("p") { Scope = RunScope.Only("describe") });

        whole.Run.Status.ShouldBe(RunStatus.Completed, whole.Run.Error);
        alone.Run.Status.ShouldBe(RunStatus.Completed, alone.Run.Error);
        (await whole.ReadOutputAsync<string>("describe", "output_0")).ShouldBe(expected);
        (await alone.ReadOutputAsync<string>("describe", "output_0")).ShouldBe(expected);
    }
}
