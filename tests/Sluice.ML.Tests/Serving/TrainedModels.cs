using Microsoft.ML;

using Sluice.ML.Tests.Data;

namespace Sluice.ML.Tests.Serving;

/// <summary>The test models, trained once per test class into a folder of their own (tests only read them).</summary>
public sealed class TrainedModels : IDisposable
{
    private readonly TempFolder _folder = new();

    public TrainedModels()
    {
        (TaxiV1, TaxiV1Model) = TestModels.TrainTaxi(_folder.Path, minutesPerMile: 4, "taxi-v1.zip");
        (TaxiV2, TaxiV2Model) = TestModels.TrainTaxi(_folder.Path, minutesPerMile: 6, "taxi-v2.zip");
        Types = TestModels.SaveTypes(_folder.Path);
        TypesWithoutSchema = TestModels.SaveTypes(_folder.Path, withInputSchema: false);
    }

    public string Folder => _folder.Path;

    public string TaxiV1 { get; }

    public ITransformer TaxiV1Model { get; }

    public string TaxiV2 { get; }

    public ITransformer TaxiV2Model { get; }

    public string Types { get; }

    public string TypesWithoutSchema { get; }

    public void Dispose() => _folder.Dispose();
}
