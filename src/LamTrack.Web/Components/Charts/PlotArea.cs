namespace LamTrack.Web.Components.Charts;

/// <summary>The frame of an x–y chart: its size, margins, the two scales and their labelled ticks.</summary>
/// <remarks>The y scale runs upwards: the domain minimum maps to the bottom of the plot.</remarks>
public sealed class PlotArea
{
    /// <summary>Space left of the plot for the y tick labels and axis title.</summary>
    public const double Left = 64;

    /// <summary>Space right of the plot.</summary>
    public const double Right = 20;

    /// <summary>Space above the plot.</summary>
    public const double Top = 16;

    /// <summary>Space under the plot for the x tick labels and axis title.</summary>
    public const double Bottom = 46;

    /// <summary>Creates a frame of <paramref name="width"/> × <paramref name="height"/> units over the given domains.</summary>
    public PlotArea(double width, double height, (double Min, double Max) x, (double Min, double Max) y)
    {
        Width = width;
        Height = height;
        X = new LinearScale(x.Min, x.Max, Left, width - Right);
        Y = new LinearScale(y.Min, y.Max, height - Bottom, Top);
    }

    /// <summary>The total width.</summary>
    public double Width { get; }

    /// <summary>The total height.</summary>
    public double Height { get; }

    /// <summary>The horizontal scale.</summary>
    public LinearScale X { get; }

    /// <summary>The vertical scale.</summary>
    public LinearScale Y { get; }

    /// <summary>The plot's right edge.</summary>
    public double PlotRight => Width - Right;

    /// <summary>The plot's bottom edge.</summary>
    public double PlotBottom => Height - Bottom;

    /// <summary>The pixel point of a data point.</summary>
    public (double X, double Y) Map(double x, double y) => (X.Map(x), Y.Map(y));
}
