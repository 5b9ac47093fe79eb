using System.Globalization;
using LamTrack.Guidance.Catalogue;
using LamTrack.Measures.Quantities;

namespace LamTrack.Guidance.Settings;

/// <summary>A target window for the sirolimus whole-blood trough, [low, high] in ng/mL, with its source.</summary>
/// <remarks>
/// Both bounds are inclusive: a trough equal to a bound is within the window. Three published windows are
/// provided: the label's 5–15 ng/mL (the default), the case series' 3–10 ng/mL and the Chinese consensus'
/// 5–10 ng/mL.
/// </remarks>
public sealed record TroughWindow
{
    private TroughWindow(string name, MassConcentration low, MassConcentration high, Citation source)
    {
        Name = name;
        Low = low;
        High = high;
        Source = source;
    }

    /// <summary>The label window, 5–15 ng/mL (EU SmPC, sporadic LAM posology) [L].</summary>
    public static TroughWindow Label { get; } = Create(
        "label", 5, 15, new Citation("Rapamune (sirolimus) EU Summary of Product Characteristics, posology for sporadic LAM", "target trough 5-15 ng/mL", "https://rxreasoner.com/indications/I-543543", VerificationTag.Label));

    /// <summary>The case series' window, 3–10 ng/mL: no pneumothorax recurred while the level stayed in it [P].</summary>
    public static TroughWindow CaseSeries { get; } = Create(
        "case-series", 3, 10, new Citation("Efficacy of sirolimus for the prevention of recurrent pneumothorax in patients with LAM: a case series. Orphanet J Rare Dis 2018", "Discussion: no recurrence while the level remained at 3-10 ng/mL", "doi:10.1186/s13023-018-0915-2", VerificationTag.Primary));

    /// <summary>The Chinese expert consensus window, 5–10 ng/mL [S].</summary>
    public static TroughWindow ChineseConsensus { get; } = Create(
        "chinese-consensus", 5, 10, new Citation("Chinese expert consensus on sirolimus for LAM (2019), English rendering", "target whole-blood trough 5-10 ug/L", "http://en.diagreat.com/NewsStd_710.html", VerificationTag.Secondary));

    /// <summary>The published windows, by <see cref="Name"/>.</summary>
    public static IReadOnlyList<TroughWindow> Published { get; } = [Label, CaseSeries, ChineseConsensus];

    /// <summary>A short name, for example <c>label</c>.</summary>
    public string Name { get; }

    /// <summary>The lower bound, inclusive.</summary>
    public MassConcentration Low { get; }

    /// <summary>The upper bound, inclusive.</summary>
    public MassConcentration High { get; }

    /// <summary>Where the window comes from.</summary>
    public Citation Source { get; }

    /// <summary>Creates a window from bounds in ng/mL.</summary>
    /// <exception cref="GuidanceSettingsException">A bound is negative or not finite, or the low bound is not below the high bound.</exception>
    public static TroughWindow Create(string name, double lowNanogramsPerMillilitre, double highNanogramsPerMillilitre, Citation source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(source);
        var problems = new List<string>();
        CheckBound(name, "low", lowNanogramsPerMillilitre, problems);
        CheckBound(name, "high", highNanogramsPerMillilitre, problems);
        if (problems.Count == 0 && lowNanogramsPerMillilitre >= highNanogramsPerMillilitre)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"trough window '{name}': low {lowNanogramsPerMillilitre} ng/mL is not below high {highNanogramsPerMillilitre} ng/mL"));
        }

        return problems.Count > 0
            ? throw new GuidanceSettingsException(problems)
            : new TroughWindow(name, MassConcentration.FromNanogramsPerMillilitre(lowNanogramsPerMillilitre), MassConcentration.FromNanogramsPerMillilitre(highNanogramsPerMillilitre), source);
    }

    /// <summary>Whether <paramref name="trough"/> lies in [low, high].</summary>
    public bool Contains(MassConcentration trough) => trough >= Low && trough <= High;

    /// <summary>The window as "name low–high ng/mL".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name} {Low.ToNanogramsPerMillilitre()}-{High.ToNanogramsPerMillilitre()} ng/mL");

    private static void CheckBound(string name, string which, double value, List<string> problems)
    {
        if (!double.IsFinite(value) || value < 0 || value > MassConcentration.MaximumNanogramsPerMillilitre)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"trough window '{name}': {which} bound {value} ng/mL must be a finite, non-negative concentration"));
        }
    }
}
