using System.Globalization;

namespace LamTrack.Analytics.Troughs;

/// <summary>A closed band of sirolimus trough levels, [<see cref="LowNanogramsPerMillilitre"/>, <see cref="HighNanogramsPerMillilitre"/>] ng/mL.</summary>
/// <remarks>
/// Bands may overlap (the paper's 3–10 and the label's 5–15); each is evaluated on its own. Censored results enter as:
/// undetectable → 0 ng/mL; "&lt; L" → just below L; "&gt; L" → just above L (so "&gt; 15" is outside 5–15).
/// </remarks>
/// <param name="Name">A short name used in outputs ("3-10").</param>
/// <param name="LowNanogramsPerMillilitre">Lower bound, inclusive, ng/mL.</param>
/// <param name="HighNanogramsPerMillilitre">Upper bound, inclusive, ng/mL.</param>
/// <param name="Description">What the band stands for, with its source.</param>
public sealed record TroughBand(string Name, double LowNanogramsPerMillilitre, double HighNanogramsPerMillilitre, string Description)
{
    /// <summary>The default bands of issue 3: undetectable, below 3, the paper's 3–10 and the label's 5–15 ng/mL.</summary>
    public static IReadOnlyList<TroughBand> Defaults { get; } =
    [
        new("undetectable", 0, Math.BitDecrement(1.0), "undetectable or below 1 ng/mL (the paper's 'markedly low' level, case 4: 0.01 ng/mL)"),
        new("<3", 0, Math.BitDecrement(3.0), "below 3 ng/mL, under the paper's range"),
        new("3-10", 3, 10, "3-10 ng/mL, the range the case series targeted (Zhou et al., OJRD 2018)"),
        new("5-15", 5, 15, "5-15 ng/mL, the label's LAM range (Rapamune prescribing information)"),
    ];

    /// <summary>Whether the level lies in the band.</summary>
    public bool Contains(double nanogramsPerMillilitre) =>
        nanogramsPerMillilitre >= LowNanogramsPerMillilitre && nanogramsPerMillilitre <= HighNanogramsPerMillilitre;

    /// <summary>Parses "NAME:LOW-HIGH" (ng/mL), e.g. "target:4-8".</summary>
    /// <exception cref="FormatException">The text is not of that form or LOW &gt; HIGH.</exception>
    public static TroughBand Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] nameAndRange = text.Split(':', 2);
        string[] bounds = nameAndRange[^1].Split('-', 2);
        if (bounds.Length != 2
            || !double.TryParse(bounds[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double low)
            || !double.TryParse(bounds[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double high)
            || !(low >= 0) || !(high >= low) || double.IsInfinity(high))
        {
            throw new FormatException($"band '{text}' is not NAME:LOW-HIGH in ng/mL with 0 <= LOW <= HIGH");
        }

        string name = nameAndRange.Length == 2 ? nameAndRange[0] : nameAndRange[^1];
        return new TroughBand(name, low, high, string.Create(CultureInfo.InvariantCulture, $"{low}-{high} ng/mL (user-defined)"));
    }
}
