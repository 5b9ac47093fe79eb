using LamTrack.Analytics.Cohort;
using LamTrack.Analytics.Lung;
using LamTrack.Measures.Quantities;

namespace LamTrack.Reporting.Analysis;

/// <summary>The baselines, patients and methods sections of <c>analysis.md</c>.</summary>
public static partial class AnalysisMarkdownWriter
{
    private static void WriteBaselines(TextWriter writer, CohortAnalysis a)
    {
        writer.WriteLine();
        writer.WriteLine("## Historical baselines beside the cohort");
        writer.WriteLine();
        writer.WriteLine("| Published figure | Value | This cohort | Source |");
        writer.WriteLine("|---|---|---|---|");
        (int recurred, int treated) = a.RecurrenceOnTreatment;
        string cohortShare = treated == 0 ? "no treated patient" : $"{recurred} of {treated} treated patients recurred on sirolimus ({Percent((double)recurred / treated)})";
        string cohortRatio = a.RateRatioOnVsBefore is { } r ? $"rate ratio on vs before {F(r.Estimate)} ({Ci(r.Interval)})" : "rate ratio not estimable";
        foreach (var b in a.Baselines)
        {
            string value = b.Kind == "proportion" ? Percent(b.Value) : $"{F(b.Value)} ({F(b.Low)} to {F(b.High)})";
            string cohort = b.Kind == "proportion" ? cohortShare : cohortRatio;
            writer.WriteLine($"| {b.Measure} | {value} | {cohort} | {b.Citation} |");
        }

        writer.WriteLine();
        writer.WriteLine("The published proportions are lifetime recurrence after each management (a survey); the cohort figure is recurrence during sirolimus. They are shown side by side for orientation, not as a test.");
    }

    private static void WritePatients(TextWriter writer, IReadOnlyList<PatientReport> patients)
    {
        writer.WriteLine();
        writer.WriteLine("## Patients");
        writer.WriteLine();
        if (!PatientReport.AllAnalysesKept(patients))
        {
            writer.WriteLine($"A cohort of more than {PatientReportRenderer.MaxKeptAnalyses} patients is not tabled here: analysis.json lists each of the {patients.Count}.");
            return;
        }

        writer.WriteLine("| Patient | First sirolimus | Episodes before / on / interrupted / after | Person-years before / on / interrupted / after | Time in range | Last trough before each recurrence after start | FEV1 slope, mL/year (measurements): all / before / on / after |");
        writer.WriteLine("|---|---|---|---|---:|---|---|");
        foreach (PatientAnalysis p in patients.Take(MaxPatientRows).Select(r => r.Analysis!))
        {
            var e = p.EpisodeCounts;
            var y = p.PersonYears;
            string troughs = p.TroughsAtRecurrence.Count == 0 ? "-" : string.Join("; ", p.TroughsAtRecurrence.Select(t =>
                $"{t.Onset:uuuu-MM-dd} ({ReportFormat.Exposure(t.Exposure)}): {t.Result ?? "no trough"}{(t.DaysBefore is int d ? $", {d} d before" : string.Empty)}"));
            string slope = Fev1Slopes(p.Fev1);
            writer.WriteLine($"| {p.Label ?? p.Id} | {p.FirstSirolimusStart?.ToString("uuuu-MM-dd", null) ?? "never"} | {e.Before} / {e.On} / {e.Interrupted} / {e.After} | {F(y.Before)} / {F(y.On)} / {F(y.Interrupted)} / {F(y.After)} | {Percent(p.TimeInTargetRange)} | {troughs} | {slope} |");
        }

        if (patients.Count > MaxPatientRows)
        {
            writer.WriteLine();
            writer.WriteLine($"... and {patients.Count - MaxPatientRows} more; analysis.json lists every patient.");
        }
    }

    private static readonly string[] s_fev1Scopes = ["all", "before", "on", "after"];

    /// <summary>"all / before / on / after" slopes in mL/year with their number of measurements, "–" where not estimable;
    /// per period, so a steep fall before sirolimus and a level course on it are not pooled into one middling slope.</summary>
    internal static string Fev1Slopes(IReadOnlyList<Fev1Trend> trends) =>
        string.Join(" / ", s_fev1Scopes.Select(scope => trends.FirstOrDefault(f => f.Scope == scope) is { } t
            ? $"{(t.Trend is { } trend ? F(trend.Slope.ToMillilitresPerYear()) : "–")} ({t.Measurements})"
            : "– (0)"));

    /// <summary>The cohort's mean FEV1 slopes before and on sirolimus with 95 % intervals and the paired comparison, in mL/year
    /// and mL/month of absolute FEV1.</summary>
    internal static IEnumerable<string> Fev1Cohort(Fev1CohortSlopes? slopes)
    {
        yield return $"- FEV1 slope before sirolimus (mean of patients' slopes, absolute FEV1): {Mean(slopes?.BeforeMillilitresPerYear)}";
        yield return $"- FEV1 slope on sirolimus: {Mean(slopes?.OnMillilitresPerYear)}";
        string paired = slopes?.OnMinusBeforeMillilitresPerYear is { } t
            ? $"{Mean(t.Difference)}, paired t p = {ReportFormat.Number(t.PValue)}"
            : "not computable";
        yield return $"- FEV1 slope on minus before ({slopes?.PairedPatients ?? 0} patient(s) with both): {paired}";
    }

    private static string Mean(LamTrack.Statistics.Hypothesis.MeanEstimate? m) => m is null
        ? "not estimable (fewer than two patients)"
        : $"{F(m.Mean)} mL/year (95 % CI {F(m.Lower)} to {F(m.Upper)}; {F(PerMonth(m.Mean))} mL/month, {F(PerMonth(m.Lower))} to {F(PerMonth(m.Upper))}; {m.Count} patient(s))";

    private static double PerMonth(double millilitresPerYear) => VolumeChangeRate.FromMillilitresPerYear(millilitresPerYear).ToMillilitresPerMonth();

    private static void WriteMethods(TextWriter writer)
    {
        writer.WriteLine();
        writer.WriteLine("## Methods");
        writer.WriteLine();
        writer.WriteLine("- Exposure: before = first pneumothorax to first sirolimus start; on = each course [start, stop); interrupted = between courses; after = last stop to end of follow-up. Imprecise dates use their midpoint.");
        writer.WriteLine("- Episodes: an episode starting before the previous one resolved is the same episode; a bilateral episode counts as set in the options.");
        writer.WriteLine("- Rates: exact Poisson (Garwood) intervals; rate ratio with the exact conditional binomial interval and p-value (as R's poisson.test); paired rates by the Wilcoxon signed-rank test (exact for small n without ties, as R's wilcox.test).");
        writer.WriteLine("- Troughs: censored results sit just beyond their limit; undetectable is 0 ng/mL. Between troughs the level is carried forward or interpolated linearly (Rosendaal 1993), as the options say; before a course's first trough it is unknown.");
        writer.WriteLine("- Kaplan–Meier: product-limit estimate with Greenwood variance and log-scale intervals, equal to R's survfit.");
        writer.WriteLine("- FEV1: least-squares slope of absolute FEV1 over time, 365.25-day years, over all follow-up and within each period (before, on, after sirolimus), when the period has two or more measurements on different dates; %-predicted values are not used.");
    }
}
