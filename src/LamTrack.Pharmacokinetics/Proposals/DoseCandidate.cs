using System.Globalization;
using LamTrack.Measures.Quantities;

namespace LamTrack.Pharmacokinetics.Proposals;

/// <summary>A practical regimen: a repeating cycle of once-daily doses made from real products.</summary>
/// <remarks>
/// <see cref="CycleMilligrams"/> lists the dose of each day of the cycle (a one-day cycle is once daily; two days is an
/// alternating pattern; 0 means no dose that day). Products: 0.5, 1 and 2 mg tablets; 1 mg/mL oral solution.
/// </remarks>
/// <param name="CycleMilligrams">Dose per day of the cycle, mg.</param>
/// <param name="Product">"tablets" or "oral solution 1 mg/mL".</param>
public sealed record DoseCandidate(IReadOnlyList<double> CycleMilligrams, string Product)
{
    private static readonly double[] s_solutionMilligrams = [0.1, 0.2, 0.3, 0.4];

    /// <summary>Tablet strengths in mg (<see cref="SirolimusLabel.TabletStrengthsMilligrams"/>).</summary>
    public static IReadOnlyList<double> TabletStrengthsMilligrams => SirolimusLabel.TabletStrengthsMilligrams;

    /// <summary>Mean daily dose, mg/day.</summary>
    public double MeanDailyMilligrams => CycleMilligrams.Average();

    /// <summary>True for a once-daily constant dose.</summary>
    public bool IsOnceDaily => CycleMilligrams.Count == 1;

    /// <summary>A readable description, e.g. "2 mg once daily (tablets)" or "1 mg / 0.5 mg on alternate days (tablets)".</summary>
    public string Description => IsOnceDaily
        ? string.Create(CultureInfo.InvariantCulture, $"{CycleMilligrams[0]:0.##} mg once daily ({Product})")
        : string.Join(" / ", CycleMilligrams.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d:0.##} mg"))) + $" on alternate days ({Product})";

    /// <summary>The standard catalogue: once-daily tablet doses from the smallest tablet up to the label maximum in
    /// tablet steps, alternating tablet patterns (a / a−0.5, a / a−1 and a / 0), and oral-solution doses 0.1–0.4 mg below
    /// the smallest tablet.</summary>
    /// <remarks>The limits are <see cref="SirolimusLabel"/>'s (0.5 mg steps up to 4 mg/day).</remarks>
    public static IReadOnlyList<DoseCandidate> Standard() => Standard(SirolimusLabel.MaximumDailyDose);

    /// <summary>The standard catalogue up to <paramref name="maximum"/> (above the label maximum when a plan needs it).</summary>
    public static IReadOnlyList<DoseCandidate> Standard(DailyDose maximum)
    {
        var list = new List<DoseCandidate>();
        double step = SirolimusLabel.TabletStepMilligrams;
        int steps = (int)Math.Floor((maximum.ToMilligramsPerDay() / step) + 1e-9);
        double[] daily = [.. Enumerable.Range(1, steps).Select(i => i * step)];
        list.AddRange(daily.Select(d => new DoseCandidate([d], "tablets")));
        foreach (double a in daily.Where(a => a <= Math.Min(3, maximum.ToMilligramsPerDay() - 1)))
        {
            foreach (double b in new[] { a - 0.5, a - 1, 0 }.Distinct().Where(b => b >= 0 && b < a))
            {
                list.Add(new DoseCandidate([a, b], "tablets"));
            }
        }

        list.AddRange(s_solutionMilligrams.Select(d => new DoseCandidate([d], "oral solution 1 mg/mL")));
        return list;
    }
}
