using Microsoft.Playwright;

namespace Sluice.Server.Tests.Browser;

/// <summary>Drives one block's Monaco editor on the editor page.</summary>
public static class EditorPage
{
    /// <summary>
    /// The Monaco editor of the block panel <paramref name="scope"/>, and not the widgets
    /// Monaco later adds inside it with the same class, such as the rename box it makes when the browser is idle.
    /// </summary>
    public static ILocator CodeEditor(ILocator scope) => scope.Locator(".sluice-code-host > .monaco-editor");

    /// <summary>The Monaco editor of the block named <paramref name="block"/>.</summary>
    public static ILocator CodeEditor(IPage page, string block) => CodeEditor(page.GetByTestId($"block-{block}"));

    /// <summary>Puts the caret at the start of <paramref name="line"/> in the editor of the block whose text contains <paramref name="marker"/>.</summary>
    public static Task PlaceCaretAsync(IPage page, string marker, int line) =>
        page.EvaluateAsync(
            """
            ([marker, line]) => {
                const editor = monaco.editor.getEditors().find(e => e.getModel().getValue().includes(marker));
                editor.setPosition({ lineNumber: line, column: 1 });
                editor.focus();
            }
            """,
            new object[] { marker, line });

    /// <summary>The number of error markers on the model of the block whose text contains <paramref name="marker"/>.</summary>
    public static Task<int> ErrorMarkersAsync(IPage page, string marker) =>
        page.EvaluateAsync<int>(
            """
            (marker) => {
                const model = monaco.editor.getModels().find(m => m.getValue().includes(marker));
                return monaco.editor.getModelMarkers({ resource: model.uri }).filter(m => m.severity === monaco.MarkerSeverity.Error).length;
            }
            """,
            marker);
}
