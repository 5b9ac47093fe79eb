using ScottPlot;

namespace LamTrack.Reporting.Figures;

/// <summary>Builds, renders and disposes every ScottPlot figure of the product (PNG and SVG files, SVG text, PNG
/// bytes), one at a time in the process.</summary>
/// <remarks>
/// ScottPlot draws through SkiaSharp's native library and states no thread-safety, so each figure is built, rendered
/// and disposed inside this one lock: a figure takes milliseconds and is never on a hot path (the web host caches what
/// it shows). A test host that made figures from several test classes at once crashed in that native code (a
/// segmentation fault in <c>libSkiaSharp.so</c>, which ends the whole process). The crash came back, rarely, with
/// this lock in place, so concurrent renders are not its cause. It can be brought on by drawing figures one at a time
/// while other threads allocate heavily (so the collector runs often), with or without disposing the plots: a native
/// object freed while still in use, not yet fixed. SkiaSharp 3 has a reported fault of that kind
/// (mono/SkiaSharp#2794).
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
            return render(plot);
        }
    }
}
