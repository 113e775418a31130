using Microsoft.Data.Analysis;

using Sluice.Engine.Compilation;

namespace Sluice.Engine.Tests.Compilation;

public sealed class BlockBindingTests
{
    private static readonly IReadOnlyList<(string Block, BlockOutput Output)> PrepareOutputs =
    [
        ("prepare", new BlockOutput("All", typeof(DataFrame))),
        ("prepare", new BlockOutput("Train", typeof(DataFrame))),
        ("prepare", new BlockOutput("Val", typeof(DataFrame))),
    ];

    [Fact]
    public void Check_WhenATypeDoesNotFit_NamesBlockParameterAndBothTypes()
    {
        var message = BlockBinding.Check(
            "build",
            [new BlockInput("all", typeof(DataFrame)), new BlockInput("data", typeof(DataFrame))],
            [("prepare", new BlockOutput("All", typeof(DataFrame))), ("prepare", new BlockOutput("Name", typeof(string)))]);

        message.ShouldBe("block 'build': parameter 'data' is DataFrame but upstream 'prepare' output 'Name' is String");
    }

    [Fact]
    public void Check_WhenCountsDiffer_ListsTheUpstreamOutputs()
    {
        var message = BlockBinding.Check(
            "build", [new BlockInput("all", typeof(DataFrame)), new BlockInput("train", typeof(DataFrame))], PrepareOutputs);

        message.ShouldBe("block 'build' takes 2 inputs but its upstream blocks give 3 outputs: prepare.All, prepare.Train, prepare.Val");
    }

    [Fact]
    public void Check_WithAssignableAndObjectOutputs_Passes()
    {
        var message = BlockBinding.Check(
            "build",
            [new BlockInput("frame", typeof(object)), new BlockInput("count", typeof(long?)), new BlockInput("later", typeof(DataFrame))],
            [
                ("prepare", new BlockOutput("All", typeof(DataFrame))),
                ("count", new BlockOutput("output_0", typeof(long))),
                ("load", new BlockOutput("output_0", typeof(object))),
            ]);

        message.ShouldBeNull();
    }
}
