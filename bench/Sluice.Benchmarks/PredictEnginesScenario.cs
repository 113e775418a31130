using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

using Microsoft.ML;
using Microsoft.ML.Data;

using Sluice.ML.Serving;

namespace Sluice.Benchmarks;

/// <summary>
/// (h') How serving predicts, in process: a JSON body of <c>records</c> course-style records to JSON predictions.
/// Sluice's pooled engine (the model's row mapper bound once to an input row over the signature's columns) against
/// the fastest ML.NET way for a class known at compile time (deserialize, a typed PredictionEngine, serialize), which
/// bounds what runtime-generated classes could reach; and, in the log, against a data view built per request
/// (deserialize, LoadFromEnumerable, Transform, read Score). Target: no slower than the typed engine (at most 1.2x).
/// </summary>
internal sealed class PredictEnginesScenario(int records) : IScenario
{
    public async Task<ScenarioResult> RunAsync()
    {
        var folder = BenchProject.NewFolder("predict-engines");
        try
        {
            var (file, model) = BenchModels.Train(folder);
            var served = await new ServedModels(new BenchModels.OneVersion(file)).GetAsync("taxi", ModelSelector.Latest);
            var body = Body(records);
            var iterations = Math.Max(20, 20_000 / records);

            var ml = new MLContext(seed: 1);
            using var typed = ml.Model.CreatePredictionEngine<BenchModels.Trip, BenchModels.TripScore>(model);
            Check(Sluice(served, body), Typed(typed, body));
            Check(Sluice(served, body), PerRequestView(ml, model, body));

            var sluice = await Measure.MedianAsync(3, 9, () => Repeat(iterations, () => Sluice(served, body)));
            var engine = await Measure.MedianAsync(3, 9, () => Repeat(iterations, () => Typed(typed, body)));
            var view = await Measure.MedianAsync(3, 9, () => Repeat(iterations, () => PerRequestView(ml, model, body)));
            var (perSluice, perEngine, perView) = (Micro(sluice, iterations), Micro(engine, iterations), Micro(view, iterations));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  predict-engines, {records} record(s) per request: sluice {perSluice:0.0} us, typed PredictionEngine {perEngine:0.0} us, data view per request {perView:0.0} us"));
            return new ScenarioResult(
                $"(h') {records} record(s): engine vs typed engine",
                sluice / iterations,
                engine / iterations,
                string.Create(CultureInfo.InvariantCulture, $"{perSluice:0.0} vs {perEngine:0.0} us ({perView:0} us view)"),
                "<= 1.2x typed PredictionEngine",
                perSluice <= 1.2 * perEngine);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static byte[] Sluice(ServedModel served, byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            served.WritePredictions(PredictionInput.FromPredictBody(document.RootElement), writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static byte[] Typed(PredictionEngine<BenchModels.Trip, BenchModels.TripScore> engine, byte[] body)
    {
        var trips = JsonSerializer.Deserialize<BenchModels.Trip[]>(body)!;
        var scores = new float[trips.Length];
        var score = new BenchModels.TripScore();
        for (var i = 0; i < trips.Length; i++)
        {
            engine.Predict(trips[i], ref score);
            scores[i] = score.Score;
        }

        return JsonSerializer.SerializeToUtf8Bytes(scores);
    }

    private static byte[] PerRequestView(MLContext ml, ITransformer model, byte[] body)
    {
        var trips = JsonSerializer.Deserialize<BenchModels.Trip[]>(body)!;
        var scored = model.Transform(ml.Data.LoadFromEnumerable(trips));
        return JsonSerializer.SerializeToUtf8Bytes(scored.GetColumn<float>("Score").ToArray());
    }

    private static void Check(byte[] sluice, byte[] other)
    {
        var ours = JsonSerializer.Deserialize<float[]>(sluice)!;
        var theirs = JsonSerializer.Deserialize<float[]>(other)!;
        if (!ours.SequenceEqual(theirs))
        {
            throw new InvalidOperationException($"Sluice predicted [{string.Join(", ", ours)}], ML.NET [{string.Join(", ", theirs)}].");
        }
    }

    private static void Repeat(int times, Func<byte[]> action)
    {
        for (var i = 0; i < times; i++)
        {
            action();
        }
    }

    private static double Micro(TimeSpan total, int iterations) => total.TotalMilliseconds * 1000 / iterations;

    private static byte[] Body(int count)
    {
        var random = new Random(3);
        var json = new StringBuilder("[");
        for (var i = 0; i < count; i++)
        {
            var route = random.Next(250);
            json.Append(CultureInfo.InvariantCulture,
                $$"""{"PU_DO": "{{route}}_{{(route * 7) % 265}}", "trip_distance": {{Math.Round(random.NextDouble() * 12, 2)}}}""");
            json.Append(i < count - 1 ? "," : "]");
        }

        return Encoding.UTF8.GetBytes(json.ToString());
    }
}
