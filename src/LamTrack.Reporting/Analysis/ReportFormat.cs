using System.Globalization;
using LamTrack.Analytics.Exposure;
using LamTrack.Statistics.Rates;

namespace LamTrack.Reporting.Analysis;

/// <summary>How numbers, intervals and exposures are shown in reports and on the console (invariant culture).</summary>
public static class ReportFormat
{
    private static readonly CultureInfo s_inv = CultureInfo.InvariantCulture;

    /// <summary>A number to three decimals; "∞" for infinity, "-" for none.</summary>
    public static string Number(double? value) => value switch
    {
        double v when double.IsFinite(v) => v.ToString("0.###", s_inv),
        double v when double.IsPositiveInfinity(v) => "∞",
        _ => "-",
    };

    /// <summary>A p-value: four decimals, or scientific below 0.0001.</summary>
    public static string PValue(double value) => value < 0.0001 ? value.ToString("0.##E+0", s_inv) : value.ToString("0.####", s_inv);

    /// <summary>A fraction as a percentage with one decimal, or "-".</summary>
    public static string Percent(double? value) => value is double v ? (v * 100).ToString("0.#", s_inv) + " %" : "-";

    /// <summary>An interval as "low to high", or "-".</summary>
    public static string Interval(ConfidenceInterval? ci) => ci is { } c ? $"{Number(c.Lower)} to {Number(c.Upper)}" : "-";

    /// <summary>The JSON and report name of an exposure: before, on, interrupted, after.</summary>
    public static string Exposure(ExposureKind kind) => kind switch
    {
        ExposureKind.Before => "before",
        ExposureKind.On => "on",
        ExposureKind.Interrupted => "interrupted",
        _ => "after",
    };
}
