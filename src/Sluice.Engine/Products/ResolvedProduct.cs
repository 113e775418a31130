using Sluice.Core;

namespace Sluice.Engine.Products;

/// <summary>The outputs a data-product block gives: where they are stored and their values, in order.</summary>
internal sealed record ResolvedProduct(BlockKey Source, IReadOnlyList<object?> Values);
