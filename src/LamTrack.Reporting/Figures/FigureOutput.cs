using ScottPlot;

namespace LamTrack.Reporting.Figures;

/// <summary>Renders every ScottPlot figure of the product (PNG and SVG files, SVG text, PNG bytes), one at a time in
/// the process.</summary>
/// <remarks>
/// ScottPlot draws through SkiaSharp's native library. A test host that rendered figures from several test classes at
/// once crashed in that native code (a segmentation fault in <c>libSkiaSharp.so</c>, which ends the whole process),
/// while the same renders one after another never did. ScottPlot states no thread-safety for rendering, so all renders
/// go through this one lock: a figure takes milliseconds and is never on a hot path (the web host caches what it
/// shows).
/// </remarks>
public static class FigureOutput
{
    private static readonly Lock RenderLock = new();

    /// <summary>Writes <paramref name="plot"/> as a PNG file of the given size in pixels.</summary>
    public static void SavePng(Plot plot, string path, int widthPixels, int heightPixels)
    {
        ArgumentNullException.ThrowIfNull(plot);
        lock (RenderLock)
        {
            plot.SavePng(path, widthPixels, heightPixels);
        }
    }

    /// <summary>Writes <paramref name="plot"/> as an SVG file of the given size in pixels.</summary>
    public static void SaveSvg(Plot plot, string path, int widthPixels, int heightPixels)
    {
        ArgumentNullException.ThrowIfNull(plot);
        lock (RenderLock)
        {
            plot.SaveSvg(path, widthPixels, heightPixels);
        }
    }

    /// <summary>The SVG document of <paramref name="plot"/> at the given size in pixels.</summary>
    public static string SvgText(Plot plot, int widthPixels, int heightPixels)
    {
        ArgumentNullException.ThrowIfNull(plot);
        lock (RenderLock)
        {
            return plot.GetSvgXml(widthPixels, heightPixels);
        }
    }

    /// <summary>The PNG bytes of <paramref name="plot"/> at the given size in pixels.</summary>
    /// <remarks>The format is named: ScottPlot's <c>GetImageBytes</c> without one makes a BMP.</remarks>
    public static byte[] PngBytes(Plot plot, int widthPixels, int heightPixels)
    {
        ArgumentNullException.ThrowIfNull(plot);
        lock (RenderLock)
        {
            return plot.GetImageBytes(widthPixels, heightPixels, ImageFormat.Png);
        }
    }
}
