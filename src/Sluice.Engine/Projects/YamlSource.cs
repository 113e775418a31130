using Sluice.Core;

using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Sluice.Engine.Projects;

/// <summary>One parsed project file, so every error it raises can name the file, line and column.</summary>
internal sealed class YamlSource
{
    private YamlSource(string relativePath, YamlMappingNode root)
    {
        RelativePath = relativePath;
        Root = root;
    }

    /// <summary>The file's path relative to the project root, with '/' separators.</summary>
    public string RelativePath { get; }

    /// <summary>The top-level mapping; an empty file reads as an empty mapping.</summary>
    public YamlMappingNode Root { get; }

    public static YamlSource Load(string projectRoot, string path)
    {
        var relative = ProjectPaths.Relative(projectRoot, path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException e)
        {
            throw new SluiceException($"cannot read {relative}: {e.Message}", new SourceLocation(relative), e);
        }

        var stream = new YamlStream();
        var parser = new Parser(new StringReader(text));
        try
        {
            stream.Load(parser);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner fails this way on some unclosed flow collections; the last event it read is the
            // best place it can name.
            var mark = parser.Current?.Start ?? Mark.Empty;
            throw new SluiceException(
                "invalid YAML: an unclosed '[' or '{', or a value that cannot be read, after this point",
                new SourceLocation(relative, (int)mark.Line, (int)mark.Column),
                e);
        }
        catch (YamlException e)
        {
            // YamlDotNet prefixes its message with the position; the location already says it.
            var reason = e.InnerException is YamlException inner ? inner.Message : StripPosition(e.Message);
            throw new SluiceException(
                $"invalid YAML: {reason}",
                new SourceLocation(relative, (int)e.Start.Line, (int)e.Start.Column),
                e);
        }

        if (stream.Documents.Count == 0)
        {
            return new YamlSource(relative, new YamlMappingNode());
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode;
            throw new SluiceException(
                "the file holds more than one YAML document; keep one",
                new SourceLocation(relative, (int)second.Start.Line, (int)second.Start.Column));
        }

        var root = stream.Documents[0].RootNode;
        return root switch
        {
            YamlMappingNode mapping => new YamlSource(relative, mapping),
            YamlScalarNode { Value: null or "" or "~" or "null" } => new YamlSource(relative, new YamlMappingNode()),
            _ => throw new SluiceException(
                $"{relative} must be a mapping of keys to values",
                new SourceLocation(relative, (int)root.Start.Line, (int)root.Start.Column)),
        };
    }

    public SourceLocation At(YamlNode node) => new(RelativePath, (int)node.Start.Line, (int)node.Start.Column);

    public SluiceException Error(YamlNode node, string message) => new(message, At(node));

    private static string StripPosition(string message)
    {
        // "(Line: 3, Col: 5, Idx: 20) - (Line: 3, Col: 6, Idx: 21): While scanning ..." -> "While scanning ..."
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && marker >= 0 ? message[(marker + 3)..] : message;
    }
}
