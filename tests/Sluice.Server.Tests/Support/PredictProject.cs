using Sluice.Engine.Tests.Support;

namespace Sluice.Server.Tests.Support;

/// <summary>
/// A copy of the quickstart project with the course's predict pipeline added: one custom block, inference, that
/// estimates a trip's duration from its variables (4 minutes a mile, plus 2) and fails when told to.
/// </summary>
public static class PredictProject
{
    public static string Create()
    {
        var root = SharedData.CopyProject(Path.Combine(SharedData.RepositoryRoot, "examples", "quickstart"));
        Directory.CreateDirectory(Path.Combine(root, "pipelines", "predict"));
        File.WriteAllText(Path.Combine(root, "pipelines", "predict", "pipeline.yaml"), """
            blocks:
              - name: inference
                kind: custom
            """);
        Directory.CreateDirectory(Path.Combine(root, "custom"));
        File.WriteAllText(Path.Combine(root, "custom", "inference.cs"), """
            namespace Predict;

            public static class Inference
            {
                [Custom]
                public static double[] Run(BlockContext context)
                {
                    if (context.Variables.Get("fail", false))
                    {
                        throw new InvalidOperationException("No trips were given.");
                    }

                    var distance = context.Variables.Get<double>("trip_distance");
                    return [Math.Round(2 + (4 * distance), 2)];
                }
            }
            """);
        return root;
    }
}
