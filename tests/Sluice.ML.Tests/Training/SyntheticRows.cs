using Microsoft.ML;
using Microsoft.ML.Data;

namespace Sluice.ML.Tests.Training;

/// <summary>
/// A noiseless regression problem, label = 3 x0 - 2 x1 + 3 with x in [0, 1) (positive, so Poisson regression can fit
/// it). Single-threaded SDCA diverged on 400 rows with its automatic L2, so the default is a few thousand rows.
/// </summary>
internal static class SyntheticRows
{
    public static IDataView Load(MLContext ml, int count = 5000)
    {
        var random = new Random(7);
        var rows = new Row[count];
        for (int i = 0; i < count; i++)
        {
            float x0 = (float)random.NextDouble();
            float x1 = (float)random.NextDouble();
            rows[i] = new Row { Features = [x0, x1], Label = (3 * x0) - (2 * x1) + 3 };
        }

        return ml.Data.LoadFromEnumerable(rows);
    }

    public static (double[] Actual, double[] Predicted) Predict(MLContext ml, ITransformer model, IDataView data)
    {
        var scored = model.Transform(data);
        double[] actual = [.. scored.GetColumn<float>("Label").Select(value => (double)value)];
        double[] predicted = [.. scored.GetColumn<float>("Score").Select(value => (double)value)];
        return (actual, predicted);
    }

    internal sealed class Row
    {
        [VectorType(2)]
        public float[] Features { get; set; } = [];

        public float Label { get; set; }
    }
}
