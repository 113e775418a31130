namespace Sluice.ML.Serving.Trees;

/// <summary>
/// Feature vectors that take a tree ensemble's splits both ways: each split feature set at one of its thresholds,
/// just above one, or away from all of them, the others left at zero as in a sparse one-hot vector.
/// </summary>
internal static class TreeProbes
{
    public static List<Probe> Build(int featureCount, IReadOnlyDictionary<int, List<float>> thresholds, int count)
    {
        var random = new Random(17);
        var features = thresholds.Keys.ToArray();
        var probes = new List<Probe> { new(new float[featureCount]) };
        while (probes.Count < count && features.Length > 0)
        {
            var values = new float[featureCount];
            // Half the probes set every split feature, half only a few (a one-hot vector has one of its block set).
            var set = probes.Count % 2 == 0 ? features : [.. features.Where(_ => random.Next(8) == 0)];
            foreach (var feature in set)
            {
                var at = thresholds[feature][random.Next(thresholds[feature].Count)];
                values[feature] = random.Next(3) switch
                {
                    0 => at,
                    1 => MathF.BitIncrement(at),
                    _ => at + ((float)random.NextDouble() - 0.5f) * (1 + MathF.Abs(at)),
                };
            }

            probes.Add(new Probe(values));
        }

        return probes;
    }

    /// <summary>One probe row; its column's name and size are set on the schema definition.</summary>
    internal sealed class Probe(float[] features)
    {
        public float[] Features { get; set; } = features;
    }
}
