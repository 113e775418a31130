using Microsoft.ML;
using Microsoft.ML.Data;

namespace Sluice.ML.Tests.Training;

/// <summary>
/// A small copy of the course's feature shape: a sparse vector of one-hot categories followed by one number, with the
/// category slots marked as one categorical range (as CourseSplit marks the routes). Label = category effect + 2 x.
/// </summary>
internal static class OneHotRows
{
    public const int Categories = 64;

    public static IDataView Load(MLContext ml, int count = 3000)
    {
        var random = new Random(11);
        var rows = new Row[count];
        for (int i = 0; i < count; i++)
        {
            int category = random.Next(Categories);
            float x = (float)random.NextDouble();
            rows[i] = new Row
            {
                Features = new VBuffer<float>(Categories + 1, 2, [1, x], [category, Categories]),
                Label = (category % 7) + (2 * x),
            };
        }

        var schema = SchemaDefinition.Create(typeof(Row));
        var features = schema[nameof(Row.Features)];
        features.ColumnType = new VectorDataViewType(NumberDataViewType.Single, Categories + 1);
        features.AddAnnotation(
            "CategoricalSlotRanges",
            new VBuffer<int>(2, [0, Categories - 1]),
            new VectorDataViewType(NumberDataViewType.Int32, 2));
        return ml.Data.LoadFromEnumerable(rows, schema);
    }

    internal sealed class Row
    {
        public VBuffer<float> Features { get; set; }

        public float Label { get; set; }
    }
}
