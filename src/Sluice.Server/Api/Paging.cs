using Sluice.Core;

namespace Sluice.Server.Api;

/// <summary>Page parameters of list endpoints: page from 1, size 1-200 (20 unless given).</summary>
internal static class Paging
{
    public static PageRequest Of(int? page, int? size) =>
        new(Math.Max(page ?? 1, 1), Math.Clamp(size ?? 20, 1, 200));
}
