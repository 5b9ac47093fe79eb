using ScottPlot;

namespace LamTrack.Reporting.Figures;

/// <summary>Builds, renders and disposes every ScottPlot figure of the product (PNG and SVG files, SVG text, PNG
/// bytes), one at a time in the process.</summary>
/// <remarks>
/// ScottPlot draws through SkiaSharp's native library and states no thread-safety, so each figure is built, rendered
/// and disposed inside this one lock: a figure takes milliseconds and is never on a hot path (the web host caches what
/// it shows). Before rendering, every marker gets a renderer that keeps its path alive for the native draw
/// (<see cref="MarkerRenderers"/>): ScottPlot's own renderers for path-drawn markers let the path be collected while
/// Skia still reads it, which crashed the process with a segmentation fault in <c>libSkiaSharp.so</c> whenever the
/// collector ran at that moment.
/// </remarks>
public static class FigureOutput
{
    private static readonly Lock RenderLock = new();

    /// <summary>Builds the plot and writes it as a PNG file of the given size in pixels.</summary>
    /// <param name="build">Makes the plot; called inside the lock.</param>
    public static void SavePng(Func<Plot> build, string path, int widthPixels, int heightPixels) =>
        Render(build, plot => plot.SavePng(path, widthPixels, heightPixels));

    /// <summary>Builds the plot and writes it as an SVG file of the given size in pixels.</summary>
    /// <param name="build">Makes the plot; called inside the lock.</param>
    public static void SaveSvg(Func<Plot> build, string path, int widthPixels, int heightPixels) =>
        Render(build, plot => plot.SaveSvg(path, widthPixels, heightPixels));

    /// <summary>Builds the plot once and writes it as a PNG file and an SVG file of the given size in pixels.</summary>
    /// <param name="build">Makes the plot; called inside the lock.</param>
    public static void SavePngAndSvg(Func<Plot> build, string pngPath, string svgPath, int widthPixels, int heightPixels) =>
        Render(build, plot =>
        {
            plot.SavePng(pngPath, widthPixels, heightPixels);
            plot.SaveSvg(svgPath, widthPixels, heightPixels);
            return true;
        });

    /// <summary>The SVG document of the plot at the given size in pixels.</summary>
    /// <param name="build">Makes the plot; called inside the lock.</param>
    public static string SvgText(Func<Plot> build, int widthPixels, int heightPixels) =>
        Render(build, plot => plot.GetSvgXml(widthPixels, heightPixels));

    /// <summary>The PNG bytes of the plot at the given size in pixels.</summary>
    /// <param name="build">Makes the plot; called inside the lock.</param>
    /// <remarks>The format is named: ScottPlot's <c>GetImageBytes</c> without one makes a BMP.</remarks>
    public static byte[] PngBytes(Func<Plot> build, int widthPixels, int heightPixels) =>
        Render(build, plot => plot.GetImageBytes(widthPixels, heightPixels, ImageFormat.Png));

    private static T Render<T>(Func<Plot> build, Func<Plot, T> render)
    {
        ArgumentNullException.ThrowIfNull(build);
        lock (RenderLock)
        {
            using Plot plot = build();
            MarkerRenderers.Apply(plot);
            return render(plot);
        }
    }
}
