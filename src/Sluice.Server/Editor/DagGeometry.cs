using Blazor.Diagrams.Core.Geometry;

namespace Sluice.Server.Editor;

/// <summary>
/// Where Z.Blazor.Diagrams' default node and its ports are drawn, in diagram coordinates, from the library's style
/// sheet (default.styles.css) under MudBlazor's border-box sizing: a node is 100 x 80 px with a 1 px border; a port is
/// a 20 x 20 px circle placed at the middle of the top or bottom edge of the node's inside (absolute, 50% from the
/// left, -10 px margins). A browser test checks that links meet the ports drawn.
/// </summary>
public static class DagGeometry
{
    private const double Border = 1;
    private const double NodeWidth = 100;
    private const double PortSide = 20;
    private const double PortMargin = 10;

    /// <summary>The size of a node, border included.</summary>
    public static Size NodeSize { get; } = new(NodeWidth, DagLayout.NodeHeight);

    /// <summary>The bounds of the top port of the node whose top-left corner is at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public static Rectangle TopPort(double x, double y) => Port(x, y + Border - PortMargin);

    /// <summary>The bounds of the bottom port of the node whose top-left corner is at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public static Rectangle BottomPort(double x, double y) =>
        Port(x, y + DagLayout.NodeHeight - Border + PortMargin - PortSide);

    private static Rectangle Port(double nodeX, double top)
    {
        double left = nodeX + Border + ((NodeWidth - (2 * Border)) / 2) - PortMargin;
        return new Rectangle(left, top, left + PortSide, top + PortSide);
    }
}
