using Microsoft.ML;
using Microsoft.ML.Data;

using Sluice.Engine.Outputs;

namespace Sluice.Engine.Tests.Outputs;

public class MlSerializerTests
{
    private static readonly Trip[] Trips =
    [
        new() { Distance = 1f, Duration = 5f },
        new() { Distance = 2f, Duration = 9f },
        new() { Distance = 3f, Duration = 13f },
        new() { Distance = 4f, Duration = 17f },
    ];

    [Fact]
    public void ModelRoundTrip_PredictsTheSameAsTheFittedModel()
    {
        using var folder = new TempFolder();
        var ml = new MLContext(seed: 1);
        IDataView data = ml.Data.LoadFromEnumerable(Trips);
        var model = ml.Transforms.Concatenate("Features", nameof(Trip.Distance))
            .Append(ml.Transforms.NormalizeMinMax("Features"))
            .Fit(data);
        var serializer = new MlModelSerializer();
        string path = folder.File("model.zip");

        serializer.CanWrite(model.GetType()).ShouldBeTrue();
        serializer.Write(model, path);
        var loaded = (ITransformer)serializer.Read(path, null);

        Features(ml, loaded.Transform(data)).ShouldBe(Features(ml, model.Transform(data)));
    }

    [Fact]
    public void DataViewRoundTrip_KeepsColumnsAndRows()
    {
        using var folder = new TempFolder();
        var ml = new MLContext(seed: 1);
        IDataView data = ml.Data.LoadFromEnumerable(Trips);
        var serializer = new DataViewSerializer();
        string path = folder.File("data.idv");

        serializer.Write(data, path);
        var loaded = (IDataView)serializer.Read(path, null);

        ml.Data.CreateEnumerable<Trip>(loaded, reuseRowObject: false)
            .Select(t => (t.Distance, t.Duration))
            .ShouldBe(Trips.Select(t => (t.Distance, t.Duration)));
    }

    private static float[] Features(MLContext ml, IDataView view) =>
        [.. view.GetColumn<VBuffer<float>>("Features").Select(v => v.GetValues()[0])];

    public sealed class Trip
    {
        public float Distance { get; set; }

        public float Duration { get; set; }
    }
}
