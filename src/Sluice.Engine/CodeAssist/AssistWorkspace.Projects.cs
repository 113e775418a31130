using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

using Sluice.Engine.Compilation;

namespace Sluice.Engine.CodeAssist;

/// <summary>Building the solution: the utils project from disk, and a block project the first time a file is edited.</summary>
internal sealed partial class AssistWorkspace
{
    private const string UtilsFolder = "utils/";

    // Everything built on the old utils goes: block projects come back on their next call, with their new text.
    private void Reload(string fingerprint)
    {
        _workspace ??= new AdhocWorkspace(Host.Value);
        _documents.Clear();
        _sources.Clear();
        var files = SourceFile.ReadUtils(projectRoot);
        _hasUtils = files.Count > 0;
        _utils = ProjectId.CreateNewId(BlockEmitter.UtilsAssemblyName);

        // Never applied to the workspace: it stays empty, a clean start for each reload.
        var solution = _workspace.CurrentSolution.AddProject(NewProject(_utils, "utils", BlockEmitter.UtilsAssemblyName, []));
        solution = AddText(solution, _utils, BlockEmitter.GlobalUsingsPath, SourceText.From(BlockEmitter.GlobalUsings));
        solution = AddText(solution, _utils, BlockEmitter.UtilsAccessPath, SourceText.From(BlockEmitter.UtilsAccess));
        foreach (var file in files)
        {
            var id = DocumentId.CreateNewId(_utils, file.RelativePath);
            solution = solution.AddDocument(id, file.RelativePath, file.Text(), filePath: file.RelativePath);
            _documents[file.RelativePath] = id;
        }

        _solution = solution;
        _fingerprint = fingerprint;
        _utilsVersion++;
    }

    private DocumentId DocumentFor(string path)
    {
        if (_documents.TryGetValue(path, out var known))
        {
            return known;
        }

        var solution = _solution!;
        var projectId = _utils!;
        if (!path.StartsWith(UtilsFolder, StringComparison.Ordinal))
        {
            // As the engine compiles it: its own assembly, referencing utils only when there are some.
            projectId = ProjectId.CreateNewId(path);
            ProjectReference[] utils = _hasUtils ? [new ProjectReference(_utils!)] : [];
            solution = solution.AddProject(NewProject(projectId, path, BlockEmitter.BlockAssemblyName, utils));
            solution = AddText(solution, projectId, BlockEmitter.GlobalUsingsPath, SourceText.From(BlockEmitter.GlobalUsings));
        }
        else
        {
            _utilsVersion++;
        }

        var id = DocumentId.CreateNewId(projectId, path);
        _solution = solution.AddDocument(id, path, SourceText.From(string.Empty), filePath: path);
        _documents[path] = id;
        return id;
    }

    private static ProjectInfo NewProject(ProjectId id, string name, string assemblyName, IEnumerable<ProjectReference> references) =>
        ProjectInfo.Create(
            id,
            VersionStamp.Create(),
            name,
            assemblyName,
            LanguageNames.CSharp,
            compilationOptions: BlockEmitter.Options,
            parseOptions: BlockEmitter.ParseOptions,
            projectReferences: references,
            metadataReferences: ReferenceSet.Shared.References);

    private static Solution AddText(Solution solution, ProjectId project, string path, SourceText text) =>
        solution.AddDocument(DocumentId.CreateNewId(project, path), path, text, filePath: path);
}
