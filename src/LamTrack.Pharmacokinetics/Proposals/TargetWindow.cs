using System.Globalization;

namespace LamTrack.Pharmacokinetics.Proposals;

/// <summary>A trough target window [low, high] in ng/mL with where it comes from.</summary>
/// <param name="LowNanogramsPerMillilitre">Lower edge, ng/mL.</param>
/// <param name="HighNanogramsPerMillilitre">Upper edge, ng/mL.</param>
/// <param name="Source">Provenance of the window.</param>
public sealed record TargetWindow(double LowNanogramsPerMillilitre, double HighNanogramsPerMillilitre, string Source)
{
    /// <summary>5–15 ng/mL: EU SmPC S-LAM posology [L] ([RAPAMUNE-EU-SMPC] section 4.2), the MILES regimen [MILES-2011].</summary>
    public static TargetWindow Label { get; } = new(5, 15, "EU SmPC sirolimus in LAM, 5-15 ng/mL [L]");

    /// <summary>3–10 ng/mL: the window used in the LamTrack source paper (case series of five women).</summary>
    public static TargetWindow Paper { get; } = new(3, 10, "source case series, 3-10 ng/mL");

    /// <summary>Parses "LOW-HIGH" (e.g. "5-15") in ng/mL.</summary>
    /// <exception cref="FormatException">The text is not two numbers with 0 ≤ low &lt; high.</exception>
    public static TargetWindow Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double lo)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double hi)
            && lo >= 0 && hi > lo && double.IsFinite(hi))
        {
            return (lo, hi) == (5, 15) ? Label : (lo, hi) == (3, 10) ? Paper : new TargetWindow(lo, hi, "user-chosen " + text + " ng/mL");
        }

        throw new FormatException($"target window '{text}' must be LOW-HIGH in ng/mL with 0 ≤ LOW < HIGH, e.g. 5-15");
    }

    /// <summary>True when <paramref name="nanogramsPerMillilitre"/> lies in [low, high].</summary>
    public bool Contains(double nanogramsPerMillilitre) =>
        nanogramsPerMillilitre >= LowNanogramsPerMillilitre && nanogramsPerMillilitre <= HighNanogramsPerMillilitre;

    /// <summary>The geometric centre √(low·high), the best value of the log-scale score (arithmetic mid-point when low = 0).</summary>
    public double Centre => LowNanogramsPerMillilitre > 0
        ? Math.Sqrt(LowNanogramsPerMillilitre * HighNanogramsPerMillilitre)
        : 0.5 * HighNanogramsPerMillilitre;

    /// <summary>The Tucuxi log-scale score 1 − (ln C − ln C_best)² / (½(ln high − ln low))², floored at 0 (1 at the centre, 0 at the edges).</summary>
    public double Score(double c)
    {
        if (!(c > 0) || !(LowNanogramsPerMillilitre > 0))
        {
            return Contains(c) ? 1.0 : 0.0;
        }

        double half = 0.5 * Math.Log(HighNanogramsPerMillilitre / LowNanogramsPerMillilitre);
        double d = Math.Log(c / Centre);
        return Math.Max(0, 1 - (d * d / (half * half)));
    }

    /// <summary>"low–high ng/mL".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{LowNanogramsPerMillilitre}–{HighNanogramsPerMillilitre} ng/mL");
}
