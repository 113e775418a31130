using System.Globalization;

using Bunit;

using Sluice.ML.Profiling;
using Sluice.Server.Components.Editor;

namespace Sluice.Server.Tests.Components.Editor;

public sealed class OutputTableTests : ComponentTest
{
    private static readonly PageColumn[] Columns = [new("store", "string"), new("total", "double")];

    [Fact]
    public void Render_ShowsColumnNamesWithTheirTypes()
    {
        var table = Context.Render<OutputTable>(p => p.Add(c => c.Page, PageAt(0, 10_000)));

        var headers = table.FindAll("[data-testid=output-table] thead th")
            .Skip(1) // the row numbers' column
            .Select(h => (Name: h.FirstChild!.TextContent, Type: h.QuerySelector("span")!.TextContent))
            .ToList();
        headers.ShouldBe([("store", "string"), ("total", "double")]);
    }

    [Fact]
    public void Render_NumbersRowsFromTheOffsetAndCountsThem()
    {
        var table = Context.Render<OutputTable>(p => p.Add(c => c.Page, PageAt(40, 10_000)));

        var rows = table.FindAll("[data-testid=output-table] tbody tr");
        rows.Count.ShouldBe(20);
        rows[0].Children[0].TextContent.ShouldBe("40");
        rows[0].Children[1].TextContent.ShouldBe("store-40");
        rows[19].Children[0].TextContent.ShouldBe("59");
        table.Find("[data-testid=row-count]").TextContent.Trim().ShouldBe("rows 41–60 of 10,000");
    }

    [Fact]
    public void Render_ShowsNullCellsAsNull()
    {
        var page = new FramePage(Columns, 1, 0, [["a", null]]);

        var table = Context.Render<OutputTable>(p => p.Add(c => c.Page, page));

        table.FindAll("tbody td")[2].TextContent.ShouldBe("null");
    }

    [Fact]
    public void Render_OnTheFirstPage_DisablesPreviousOnly()
    {
        var table = Context.Render<OutputTable>(p => p.Add(c => c.Page, PageAt(0, 10_000)));

        table.Find("[data-testid=row-count]").TextContent.Trim().ShouldBe("rows 1–20 of 10,000");
        Previous(table).HasAttribute("disabled").ShouldBeTrue();
        Next(table).HasAttribute("disabled").ShouldBeFalse();
    }

    [Fact]
    public void Render_OnTheLastPage_DisablesNextOnly()
    {
        var table = Context.Render<OutputTable>(p => p.Add(c => c.Page, PageAt(9_980, 10_000)));

        table.Find("[data-testid=row-count]").TextContent.Trim().ShouldBe("rows 9,981–10,000 of 10,000");
        Previous(table).HasAttribute("disabled").ShouldBeFalse();
        Next(table).HasAttribute("disabled").ShouldBeTrue();
    }

    [Fact]
    public void Render_WhenTheFrameIsEmpty_CountsZeroRowsAndDisablesBoth()
    {
        var table = Context.Render<OutputTable>(p => p.Add(c => c.Page, new FramePage(Columns, 0, 0, [])));

        table.Find("[data-testid=row-count]").TextContent.Trim().ShouldBe("rows 0–0 of 0");
        Previous(table).HasAttribute("disabled").ShouldBeTrue();
        Next(table).HasAttribute("disabled").ShouldBeTrue();
    }

    [Fact]
    public async Task ClickNext_RequestsThePageAfterThisOne()
    {
        var requested = new List<long>();
        var table = Context.Render<OutputTable>(p => p
            .Add(c => c.Page, PageAt(40, 10_000))
            .Add(c => c.PageRequested, offset => requested.Add(offset)));

        await Next(table).ClickAsync();

        requested.ShouldBe([60L]);
    }

    [Fact]
    public async Task ClickPrevious_RequestsThePageBeforeThisOne()
    {
        var requested = new List<long>();
        var table = Context.Render<OutputTable>(p => p
            .Add(c => c.Page, PageAt(40, 10_000))
            .Add(c => c.PageRequested, offset => requested.Add(offset)));

        await Previous(table).ClickAsync();

        requested.ShouldBe([20L]);
    }

    private static AngleSharp.Dom.IElement Previous(IRenderedComponent<OutputTable> table) => table.Find("button[aria-label='Previous rows']");

    private static AngleSharp.Dom.IElement Next(IRenderedComponent<OutputTable> table) => table.Find("button[aria-label='Next rows']");

    // A page of a frame of `total` rows whose row i is ("store-i", i / 2).
    private static FramePage PageAt(long offset, long total)
    {
        var rows = new List<IReadOnlyList<string?>>();
        for (var i = offset; i < Math.Min(offset + 20, total); i++)
        {
            rows.Add([$"store-{i.ToString(CultureInfo.InvariantCulture)}", (i / 2.0).ToString(CultureInfo.InvariantCulture)]);
        }

        return new FramePage(Columns, total, offset, rows);
    }
}
