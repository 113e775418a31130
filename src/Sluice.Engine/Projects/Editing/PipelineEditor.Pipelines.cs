using Sluice.Core;

namespace Sluice.Engine.Projects;

public static partial class PipelineEditor
{
    /// <summary>
    /// Deletes pipeline <paramref name="id"/>: its folder under pipelines/ disappears in one step. Block files stay,
    /// since other pipelines may use them. The pipeline need not load (a broken pipeline can be deleted); refuses a
    /// pipeline the project does not have.
    /// </summary>
    public static void DeletePipeline(ProjectDefinition project, PipelineId id)
    {
        ArgumentNullException.ThrowIfNull(project);
        lock (Gate)
        {
            if (!ProjectNames.IsValidPipelineName(id.Value))
            {
                throw new SluiceException($"'{id}' is not a valid pipeline name; use {ProjectNames.PipelineNameRule}");
            }

            var folder = ProjectFiles.ResolveInside(project.RootDirectory, $"{ProjectPaths.PipelinesFolder}/{id.Value}");
            if (!File.Exists(Path.Combine(folder, ProjectPaths.PipelineFile)))
            {
                throw ProjectLoader.NoSuchPipeline(project, id);
            }

            // Renamed first so the pipeline vanishes at once; a leftover from a failed delete is a hidden folder,
            // which is not a valid pipeline name and never lists.
            var doomed = Path.Combine(Path.GetDirectoryName(folder)!, $".deleted-{id.Value}-{Guid.NewGuid():N}");
            Directory.Move(folder, doomed);
            Directory.Delete(doomed, recursive: true);
        }
    }

    /// <summary>Sets the pipeline's description; null, empty or blank text removes it.</summary>
    public static PipelineDefinition SetDescription(ProjectDefinition project, PipelineId id, string? description)
    {
        lock (Gate)
        {
            var pipeline = Load(project, id);
            return Save(project, pipeline with { Description = string.IsNullOrWhiteSpace(description) ? null : description });
        }
    }

    /// <summary>
    /// Replaces the pipeline's variables with <paramref name="variables"/>. Names follow
    /// <see cref="ProjectNames.IsValidVariableName"/>; each value is null, text, a boolean, a number, or a list of
    /// those.
    /// </summary>
    public static PipelineDefinition SetVariables(
        ProjectDefinition project, PipelineId id, IReadOnlyDictionary<string, object?> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        lock (Gate)
        {
            var pipeline = Load(project, id);
            var checkedVariables = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (name, value) in variables)
            {
                if (!ProjectNames.IsValidVariableName(name))
                {
                    throw new SluiceException($"'{name}' is not a valid variable name; use {ProjectNames.VariableNameRule}");
                }

                checkedVariables.Add(name, VariableValue(name, value));
            }

            return Save(project, pipeline with { Variables = checkedVariables });
        }
    }

    private static object? VariableValue(string name, object? value)
    {
        if (IsScalar(value))
        {
            return value;
        }

        // A list becomes List<object?> so the writer formats it item by item, whatever its element type. Only
        // lists: a dictionary enumerates too, and would be written as a list of its pairs.
        if (value is System.Collections.IList list)
        {
            var items = list.Cast<object?>().ToList();
            return items.All(IsScalar)
                ? items
                : throw new SluiceException(
                    $"variable '{name}' may hold a list of single values, not a list of lists or other objects");
        }

        throw new SluiceException(
            $"variable '{name}' must be text, a number, true/false, nothing, or a list of those, not {value!.GetType().Name.Split('`')[0]}");
    }

    private static bool IsScalar(object? value) =>
        value is null or string or bool or sbyte or byte or short or ushort or int or uint or long or ulong
            or float or double or decimal;
}
