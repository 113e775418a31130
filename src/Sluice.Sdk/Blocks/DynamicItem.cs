namespace Sluice.Sdk;

/// <summary>
/// One item a dynamic block (<c>dynamic: true</c> in pipeline.yaml) hands to its children, with the name that tells
/// its child apart. Return a collection of these (<c>List&lt;DynamicItem&lt;T&gt;&gt;</c>, an array, any
/// <c>IEnumerable</c>) instead of a plain collection of <typeparamref name="T"/> to name the children: each block
/// downstream runs once per item, receiving <see cref="Value"/>, as the block run <c>&lt;block&gt;:&lt;name&gt;</c>.
/// </summary>
/// <typeparam name="T">What each child receives.</typeparam>
/// <param name="Value">The value bound to the child's parameter.</param>
/// <param name="Name">
/// Names the child's block run (<c>train_model:sdca</c>); letters, digits, '_', '-' and '.', unique among the
/// items. Without a name the child is named by the item's position from 0 (<c>train_model:0</c>).
/// </param>
/// <param name="Metadata">Anything else the children should know about the item; they read it from <see cref="BlockRunInfo.Item"/>.</param>
public sealed record DynamicItem<T>(T Value, string? Name = null, IReadOnlyDictionary<string, string>? Metadata = null);
