namespace Sluice.Engine.Projects;

/// <summary>The sluice.yaml a new project starts with: every setting present, with its default, explained.</summary>
internal static class ProjectFileTemplate
{
    public static string For(string name) => $"""
        # The Sluice project. Pipelines live in pipelines/<name>/pipeline.yaml, blocks in their kind's folder.
        name: {YamlScalarWriter.FormatString(name)}

        # Project variables, the lowest precedence: pipeline variables override them, and so do run-time values
        # (`sluice run --var key=value`, an API trigger's payload). Values are text, numbers, booleans or lists.
        variables:
          # data_folder: data

        # How blocks run unless a pipeline or a block says otherwise.
        settings:
          retries: 0          # attempts after a failed one
          retry_delay: 1s     # wait before the first retry, doubled for each later one (500ms, 2s, 10m, 1h, hh:mm:ss)
          # timeout: 30m      # per attempt; unset means no timeout
          concurrency: 4      # blocks of one run that may run at once
          poll_interval: 5s   # how often a sensor block checks again until it returns true

        # How long `sluice clean` keeps outputs and logs.
        retention: 30d

        """;
}
