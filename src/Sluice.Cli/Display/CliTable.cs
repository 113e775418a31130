using Spectre.Console;

namespace Sluice.Cli.Display;

/// <summary>
/// A table on the console: a Spectre.Console table on a terminal, plain aligned lines when the output is piped, so
/// scripts can read it with <c>awk</c>.
/// </summary>
internal static class CliTable
{
    public static void Write(CliConsole console, string[] header, IReadOnlyList<string[]> rows)
    {
        if (!console.Interactive)
        {
            RunSummary.WriteTable(console.Out, header, rows);
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumns([.. header.Select(h => new TableColumn(Markup.Escape(h)))]);
        foreach (var row in rows)
        {
            table.AddRow([.. row.Select(cell => new Markup(Markup.Escape(cell)))]);
        }

        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Out) }).Write(table);
    }
}
