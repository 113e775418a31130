namespace Sluice.Engine.CodeAssist;

/// <summary>
/// One completion offered at the caret. <paramref name="Label"/> is what the list shows (a generic type as
/// <c>List&lt;&gt;</c>); <paramref name="Kind"/> is one of <c>method</c>, <c>property</c>, <c>field</c>, <c>event</c>,
/// <c>class</c>, <c>struct</c>, <c>interface</c>, <c>enum</c>, <c>enumMember</c>, <c>delegate</c>, <c>constant</c>,
/// <c>variable</c>, <c>namespace</c>, <c>typeParameter</c>, <c>keyword</c>, <c>operator</c> or <c>text</c>;
/// <paramref name="Detail"/> is the symbol's signature where known (null for keywords);
/// <paramref name="InsertText"/> replaces the word at the caret.
/// </summary>
public sealed record CompletionEntry(string Label, string Kind, string? Detail, string InsertText);
