using LamTrack.Domain.Events;
using ScottPlot;

namespace LamTrack.Reporting.CaseSeries;

/// <summary>Colours and marker shapes of Figure 1, chosen to stay distinct in greyscale print and for colour-blind readers (Okabe–Ito palette).</summary>
internal static class Figure1Style
{
    public static readonly Color Left = Color.FromHex("#0072B2");
    public static readonly Color Right = Color.FromHex("#D55E00");
    public static readonly Color Bilateral = Color.FromHex("#CC79A7");
    public static readonly Color Unspecified = Color.FromHex("#7F7F7F");
    public static readonly Color Sirolimus = Color.FromHex("#009E73").WithAlpha(0.35);
    public static readonly Color SirolimusEdge = Color.FromHex("#009E73");
    public static readonly Color Pregnancy = Color.FromHex("#F0E442").WithAlpha(0.45);
    public static readonly Color CoMedication = Color.FromHex("#E69F00");
    public static readonly Color Procedure = Colors.Black;
    public static readonly Color Trough = Color.FromHex("#56B4E9");

    public static Color SideColor(PneumothoraxSide side) => side switch
    {
        PneumothoraxSide.Left => Left,
        PneumothoraxSide.Right => Right,
        PneumothoraxSide.Bilateral => Bilateral,
        _ => Unspecified,
    };

    public static MarkerShape SideShape(PneumothoraxSide side) => side switch
    {
        PneumothoraxSide.Left => MarkerShape.FilledTriangleUp,
        PneumothoraxSide.Right => MarkerShape.FilledTriangleDown,
        PneumothoraxSide.Bilateral => MarkerShape.FilledDiamond,
        _ => MarkerShape.FilledCircle,
    };
}
