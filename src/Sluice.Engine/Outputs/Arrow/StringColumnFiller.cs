using System.Runtime.InteropServices;

using Microsoft.Data.Analysis;

namespace Sluice.Engine.Outputs.Arrow;

/// <summary>
/// A <see cref="StringDataFrameColumn"/> being filled: disjoint row ranges may be written from several threads,
/// then <see cref="Complete"/> hands the column out.
/// </summary>
internal sealed class StringColumnFiller
{
    private readonly StringDataFrameColumn _column;
    private readonly List<string?>? _inPlace;
    private readonly string?[]? _staged;
    private int _nullCount;

    internal StringColumnFiller(StringDataFrameColumn column, List<string?>? inPlace, string?[]? staged)
    {
        _column = column;
        _inPlace = inPlace;
        _staged = staged;
    }

    /// <summary>Every row of the column, to be written; null is a missing value.</summary>
    public Span<string?> Values => _inPlace is not null ? CollectionsMarshal.AsSpan(_inPlace) : _staged;

    public void AddNulls(int count) => Interlocked.Add(ref _nullCount, count);

    public StringDataFrameColumn Complete()
    {
        if (_inPlace is not null)
        {
            StringColumns.Complete(_column, _inPlace.Count, _nullCount);
            return _column;
        }

        foreach (string? value in _staged!)
        {
            _column.Append(value);
        }

        return _column;
    }
}
