using System.Globalization;
using LamTrack.Analytics.Cohort;
using LamTrack.Analytics.Exposure;
using LamTrack.Statistics.Rates;
using LamTrack.Statistics.Survival;

namespace LamTrack.Reporting.Analysis;

/// <summary>Writes <c>analysis.md</c>: the analysis for a human reader, with every option and citation shown.</summary>
public static partial class AnalysisMarkdownWriter
{
    /// <summary>Patients listed one by one; beyond that analysis.json has them all.</summary>
    /// <remarks>A cohort larger than <see cref="PatientReportRenderer.MaxKeptAnalyses"/> has no patient table: only its totals and analysis.json objects are kept.</remarks>
    public const int MaxPatientRows = 50;

    private static readonly CultureInfo s_inv = CultureInfo.InvariantCulture;

    /// <summary>Writes the report.</summary>
    /// <param name="analysis">The pooled analysis.</param>
    /// <param name="patients">One report per patient, in input order, from one <see cref="PatientReportRenderer"/>.</param>
    /// <param name="info">When and from what the analysis was made.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentException">The reports are not one per patient of the analysis.</exception>
    public static void Write(CohortAnalysis analysis, IReadOnlyList<PatientReport> patients, AnalysisReportInfo info, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(patients);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(writer);
        PatientReport.CheckOnePerPatient(analysis, patients);
        writer.WriteLine("# LamTrack analysis: pneumothorax before, on and after sirolimus");
        writer.WriteLine();
        writer.WriteLine($"Generated {info.GeneratedAt} from `{info.DataSource}`: {analysis.PatientCount} patient(s).");
        WriteSkipped(writer, info);
        writer.WriteLine();
        writer.WriteLine($"Options: {analysis.Options}. A person-year is {PersonTime.DaysPerYear.ToString(s_inv)} days.");
        WritePooled(writer, analysis);
        WriteBands(writer, analysis);
        WriteKaplanMeier(writer, analysis);
        WriteBaselines(writer, analysis);
        WritePatients(writer, patients);
        WriteMethods(writer);
    }

    private static void WriteSkipped(TextWriter writer, AnalysisReportInfo info)
    {
        if (info.SkippedRecords.Count == 0)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine($"Skipped {info.SkippedRecords.Count} invalid record(s) (--skip-invalid):");
        foreach (string record in info.SkippedRecords.Take(MaxPatientRows))
        {
            writer.WriteLine($"- {record}");
        }
    }

    private static void WritePooled(TextWriter writer, CohortAnalysis a)
    {
        writer.WriteLine();
        writer.WriteLine("## Pooled episodes and rates");
        writer.WriteLine();
        writer.WriteLine($"| Exposure | Episodes | Person-years | Rate per person-year | {Level(a)} CI (exact Poisson) |");
        writer.WriteLine("|---|---:|---:|---:|---|");
        foreach (ExposureKind kind in ByExposure<int>.Kinds)
        {
            PooledRate r = a.Pooled[kind];
            writer.WriteLine($"| {ReportFormat.Exposure(kind)} | {r.Episodes} | {F(r.PersonYears)} | {F(r.Rate?.PerPersonYear)} | {Ci(r.Rate?.Interval)} |");
        }

        writer.WriteLine();
        writer.WriteLine($"- Rate ratio on vs before sirolimus: {Ratio(a.RateRatioOnVsBefore)}");
        writer.WriteLine($"- Rate ratio after stopping vs on sirolimus: {Ratio(a.RateRatioAfterVsOn)}");
        string paired = a.PairedBeforeVsOn is { } w
            ? $"V = {F(w.Statistic)}, p = {P(w.PValue)} ({(w.Method == Statistics.Hypothesis.PValueMethod.Exact ? "exact" : "normal approximation")})"
            : "not computable (no patient with a difference)";
        writer.WriteLine($"- Paired per-patient rates before vs on (Wilcoxon signed-rank, {a.PairedPatients} patient(s)): {paired}");
        writer.WriteLine($"- Treated patients with a recurrence on sirolimus: {a.RecurrenceOnTreatment.Recurred} of {a.RecurrenceOnTreatment.Treated}");
        foreach (string line in Fev1Cohort(a.Fev1Slopes))
        {
            writer.WriteLine(line);
        }
    }

    private static void WriteBands(TextWriter writer, CohortAnalysis a)
    {
        writer.WriteLine();
        writer.WriteLine("## Trough bands on sirolimus");
        writer.WriteLine();
        writer.WriteLine($"Time in therapeutic range ({a.Options.TargetBand} ng/mL, share of on-sirolimus time with a known level): {Percent(a.TimeInTargetRange)}.");
        writer.WriteLine();
        writer.WriteLine($"| Band (ng/mL) | Days | Share of known-level time | Episodes | Rate per person-year | {Level(a)} CI |");
        writer.WriteLine("|---|---:|---:|---:|---:|---|");
        for (int i = 0; i < a.Bands.Count; i++)
        {
            var b = a.Bands[i];
            writer.WriteLine($"| {b.Band.Name} | {F(b.Days)} | {Percent(b.Fraction)} | {b.Episodes} | {F(a.BandRates[i]?.PerPersonYear)} | {Ci(a.BandRates[i]?.Interval)} |");
        }
    }

    private static void WriteKaplanMeier(TextWriter writer, CohortAnalysis a)
    {
        writer.WriteLine();
        writer.WriteLine("## Recurrence-free survival from the first sirolimus start (Kaplan–Meier, see km.png)");
        writer.WriteLine();
        writer.WriteLine("| Analysis | Patients | Recurrences | Median (days) | S at 1 year | S at 2 years | S at 3 years |");
        writer.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        Row(writer, "intention to treat (censored at end of follow-up)", a.KaplanMeierIntentionToTreat);
        Row(writer, "on treatment (censored at first stop)", a.KaplanMeierOnTreatment);
    }

    private static void Row(TextWriter writer, string name, KaplanMeierCurve? curve)
    {
        if (curve is null)
        {
            writer.WriteLine($"| {name} | 0 | - | - | - | - | - |");
            return;
        }

        string At(double years) => F(curve.SurvivalAt(years * PersonTime.DaysPerYear));
        string median = curve.Median().Median is double m ? F(m) : "not reached";
        writer.WriteLine($"| {name} | {curve.SubjectCount} | {curve.EventCount} | {median} | {At(1)} | {At(2)} | {At(3)} |");
    }

    private static string F(double? value) => ReportFormat.Number(value);

    private static string P(double value) => ReportFormat.PValue(value);

    private static string Percent(double? value) => ReportFormat.Percent(value);

    private static string Ci(ConfidenceInterval? ci) => ReportFormat.Interval(ci);

    private static string Level(CohortAnalysis a) => (a.Options.ConfidenceLevel * 100).ToString("0.#", s_inv) + " %";

    private static string Ratio(RateRatio? r) =>
        r is null ? "not estimable" : $"{F(r.Estimate)} ({Ci(r.Interval)}, exact conditional; p = {P(r.PValue)})";
}
