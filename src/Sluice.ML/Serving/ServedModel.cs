using System.Globalization;
using System.Text.Json;

using Sluice.ML.Serving.Engines;

namespace Sluice.ML.Serving;

/// <summary>
/// One loaded model version ready to predict, with a pool of prediction engines so that concurrent requests each
/// get one of their own. Thread-safe.
/// </summary>
public sealed class ServedModel
{
    private readonly EnginePool<RowPredictor> _engines;
    private readonly int _inputCount;

    internal ServedModel(ModelLocation location, ModelPlan plan, int maxIdleEngines)
    {
        Location = location;
        Outputs = plan.Outputs;
        _inputCount = plan.Inputs.Count;
        _engines = new EnginePool<RowPredictor>(() => new RowPredictor(plan), maxIdleEngines);
        _engines.Return(new RowPredictor(plan));
    }

    /// <summary>The version served.</summary>
    public ModelLocation Location { get; }

    /// <summary>The output columns each prediction gives, in order.</summary>
    public IReadOnlyList<string> Outputs { get; }

    /// <summary>
    /// Writes a JSON array with one prediction per record of <paramref name="input"/>: the value of the only output
    /// (a regression's <c>Score</c>), or an object of every output. Nothing is written unless every record fits.
    /// </summary>
    /// <exception cref="ModelInputException">A record lacks a field or gives a value of the wrong type.</exception>
    public void WritePredictions(PredictionInput input, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(writer);
        if (input.Records.IsPlainValues && _inputCount != 1)
        {
            throw new ModelInputException(string.Create(CultureInfo.InvariantCulture,
                $"The records are plain values, which fit a model with one input; model '{Location.Model}' takes {_inputCount}: {string.Join(", ", Location.Signature.Inputs.Select(c => c.Name))}. Give each record as an object of fields."));
        }

        var engine = _engines.Rent();
        try
        {
            engine.Read(input.Records);
        }
        catch (ModelInputException)
        {
            // Bad records leave the engine as it was: the next request overwrites its buffers.
            _engines.Return(engine);
            throw;
        }

        try
        {
            engine.Write(writer, input.Count);
        }
        catch
        {
            // A model that threw mid-row may hold half-computed state: the engine is not reused.
            engine.Dispose();
            throw;
        }

        _engines.Return(engine);
    }
}
