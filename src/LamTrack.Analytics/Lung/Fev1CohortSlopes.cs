using LamTrack.Statistics.Hypothesis;

namespace LamTrack.Analytics.Lung;

/// <summary>The cohort's FEV1 slopes before and on sirolimus: the mean of the patients' slopes with 95 % t intervals, and
/// the paired comparison (on − before) over the patients who have both.</summary>
/// <remarks>
/// Values in mL/year of absolute FEV1 (365.25-day years; divide by 12 for mL/month); %-predicted slopes are never pooled
/// with them. Each patient contributes her least-squares slope of the period (two or more measurements on different
/// dates), so patients weigh equally whatever their number of tests. The paired test is Student's t on the differences
/// (as R's <c>t.test(on, before, paired = TRUE)</c>).
/// </remarks>
/// <param name="BeforeMillilitresPerYear">Mean slope before sirolimus, or null with fewer than two patients.</param>
/// <param name="OnMillilitresPerYear">Mean slope on sirolimus, or null with fewer than two patients.</param>
/// <param name="OnMinusBeforeMillilitresPerYear">Paired comparison, or null with fewer than two pairs (or all differences equal).</param>
/// <param name="PairedPatients">Patients with a slope in both periods.</param>
public sealed record Fev1CohortSlopes(
    MeanEstimate? BeforeMillilitresPerYear, MeanEstimate? OnMillilitresPerYear, PairedTTestResult? OnMinusBeforeMillilitresPerYear, int PairedPatients)
{
    /// <summary>Summarises per-patient (before, on) slopes in mL/year; null where a patient has no slope in the period.</summary>
    public static Fev1CohortSlopes From(IEnumerable<(double? Before, double? On)> slopes)
    {
        ArgumentNullException.ThrowIfNull(slopes);
        (double? Before, double? On)[] all = [.. slopes];
        double[] before = [.. all.Where(s => s.Before is not null).Select(s => s.Before!.Value)];
        double[] on = [.. all.Where(s => s.On is not null).Select(s => s.On!.Value)];
        (double Before, double On)[] pairs = [.. all.Where(s => s.Before is not null && s.On is not null).Select(s => (s.Before!.Value, s.On!.Value))];
        PairedTTestResult? paired = PairedTTest.Test([.. pairs.Select(p => p.Before)], [.. pairs.Select(p => p.On)]);
        return new Fev1CohortSlopes(MeanEstimate.Of(before), MeanEstimate.Of(on), paired, pairs.Length);
    }
}
