using System.Diagnostics;
using System.Globalization;

using Sluice.Engine.CodeAssist;

namespace Sluice.Benchmarks;

/// <summary>
/// (e) C# help while typing, warm: one editor call (completion after <c>all.</c>, or diagnostics) on nyc-taxi's
/// 58-line build block, each round after a one-line edit, through <see cref="CodeAssistant"/>. Baseline: the bare
/// compiler on the same edit, as a hand-rolled checker would do it warm (the previous compilation with the edited
/// tree replaced, then <c>GetDiagnostics()</c>), with the engine's references, options, global usings and utils.
/// The first call on a new assistant is reported too: the process's first (editor services and references read)
/// when this runs first, a second project's otherwise. Target: warm well under 300 ms.
/// </summary>
internal sealed class CodeAssistScenario(AssistCall call) : IScenario
{
    private const string BlockPath = "data_exporters/build.cs";
    private const string EditAfter = "var target = context.Variables.Get(\"target\", \"duration\");";

    public async Task<ScenarioResult> RunAsync()
    {
        var root = Paths.CopyExample("nyc-taxi");
        var source = await File.ReadAllTextAsync(Path.Combine(root, BlockPath));
        if (!source.Contains(EditAfter, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{BlockPath} no longer has the line the edits go after.");
        }

        using var assistant = new CodeAssistant(root);

        var cold = Stopwatch.StartNew();
        await CallAsync(assistant, source, edit: 0);
        cold.Stop();

        var edits = 0;
        var warm = await Measure.MedianAsync(3, 15, () => CallAsync(assistant, source, ++edits));
        var baseline = new BareCompilerBaseline(root, BlockPath, source);
        var bare = await Measure.MedianAsync(3, 15, () => baseline.Diagnose(Edited(source, ++edits, completing: false)));
        Directory.Delete(root, recursive: true);

        return new ScenarioResult(
            call == AssistCall.Completion ? "(e) assist: completion after '.' (warm)" : "(e) assist: diagnostics (warm)",
            warm,
            bare,
            string.Create(CultureInfo.InvariantCulture, $"{warm.TotalMilliseconds:0.0} ms; first call {cold.ElapsedMilliseconds} ms"),
            "warm < 300 ms",
            warm.TotalMilliseconds < 300);
    }

    private async Task CallAsync(CodeAssistant assistant, string source, int edit)
    {
        if (call == AssistCall.Completion)
        {
            var text = Edited(source, edit, completing: true);
            var caret = text.IndexOf("= all.", StringComparison.Ordinal) + "= all.".Length;
            var line = text[..caret].Count(c => c == '\n') + 1;
            var column = caret - (text.LastIndexOf('\n', caret - 1) + 1) + 1;
            var entries = await assistant.CompleteAsync(BlockPath, text, line, column);
            if (!entries.Any(e => e.Label == "Columns"))
            {
                throw new InvalidOperationException($"Completion after 'all.' did not offer Columns: {string.Join(", ", entries.Select(e => e.Label))}");
            }
        }
        else
        {
            var diagnostics = await assistant.DiagnoseAsync(BlockPath, Edited(source, edit, completing: false));
            if (diagnostics.Count > 0)
            {
                throw new InvalidOperationException($"The edited block should compile cleanly: {string.Join("; ", diagnostics)}");
            }
        }
    }

    // A new line in the entry method, different each round so nothing is served from a previous call.
    private static string Edited(string source, int edit, bool completing) => source.Replace(
        EditAfter,
        EditAfter + (completing
            ? string.Create(CultureInfo.InvariantCulture, $"\n        var rows{edit} = all.")
            : string.Create(CultureInfo.InvariantCulture, $"\n        var rows{edit} = all.Rows.Count + {edit};")),
        StringComparison.Ordinal);
}
