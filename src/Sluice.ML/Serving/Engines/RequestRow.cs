using Microsoft.ML;
using Microsoft.ML.Data;

namespace Sluice.ML.Serving.Engines;

/// <summary>
/// The one input row a prediction engine feeds its model's row mapper: it reads the request's values of the current
/// record. Moving to a record advances <see cref="Position"/>, which tells the mapper's cached values they are stale.
/// </summary>
internal sealed class RequestRow(DataViewSchema schema, Delegate[] getters) : DataViewRow
{
    private long _position = -1;

    /// <summary>The record whose values the getters give.</summary>
    public int Record { get; private set; }

    public override long Position => _position;

    public override long Batch => 0;

    public override DataViewSchema Schema => schema;

    public void MoveTo(int record)
    {
        Record = record;
        _position++;
    }

    public override ValueGetter<DataViewRowId> GetIdGetter() =>
        (ref DataViewRowId value) => value = new DataViewRowId((ulong)_position, 0);

    public override bool IsColumnActive(DataViewSchema.Column column) => true;

    public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column) =>
        getters[column.Index] as ValueGetter<TValue>
        ?? throw new InvalidOperationException(
            $"Column '{column.Name}' holds {column.Type.RawType.Name}, not {typeof(TValue).Name}.");
}
