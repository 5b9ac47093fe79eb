using System.Text.RegularExpressions;

namespace LamTrack.Architecture.Tests;

public sealed partial class FigureRenderingTests
{
    // Every ScottPlot render goes through src/LamTrack.Reporting/Figures/FigureOutput.cs, which builds, renders and
    // disposes one figure at a time and gives every path-drawn marker a renderer that keeps its path alive while Skia
    // draws it (src/LamTrack.Reporting/Figures/ReachablePathMarker.cs): ScottPlot's own renderers let a collection
    // free the path under Skia, a segmentation fault that ends the process.
    [Fact]
    public void ProductCode_RendersFiguresOnlyThroughFigureOutput()
    {
        string root = WallClockTests.RepositoryRoot();
        string sep = Path.DirectorySeparatorChar.ToString();
        var offenders = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{sep}obj{sep}", StringComparison.Ordinal) && !f.Contains($"{sep}bin{sep}", StringComparison.Ordinal))
            .Where(f => !f.EndsWith("FigureOutput.cs", StringComparison.Ordinal))
            .SelectMany(f => DirectRender().Matches(File.ReadAllText(f)).Select(m => $"{f}: {m.Value}"))
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void DirectRender_PlotCallAndFigureOutputCall_OnlyThePlotCallMatches()
    {
        Assert.Matches(DirectRender(), "plot.SavePng(path, 800, 600)");
        Assert.DoesNotMatch(DirectRender(), "FigureOutput.SavePng(() => Build(data), path, 800, 600)");
    }

    [GeneratedRegex(@"(?<!FigureOutput)\.(SavePng|SaveSvg|SaveJpeg|SaveBmp|SaveWebp|GetSvgXml|GetImageBytes|GetImage)\(")]
    private static partial Regex DirectRender();
}
