using System.Text.Json;
using LamTrack.Analytics.Cohort;
using LamTrack.Analytics.Exposure;
using LamTrack.Statistics.Rates;

namespace LamTrack.Reporting.Analysis;

/// <summary>Writes <c>analysis.json</c>, format <c>lamtrack-analysis/1</c>, described by <c>docs/analysis.schema.json</c>.</summary>
/// <remarks>Numbers that are infinite (an unbounded upper limit) or undefined are written as null.</remarks>
public static partial class AnalysisJsonWriter
{
    /// <summary>The format identifier written in the <c>format</c> field.</summary>
    public const string Format = "lamtrack-analysis/1";

    /// <summary>Writes the analysis to <paramref name="stream"/> as UTF-8 JSON: indented when every patient's analysis is kept (<see cref="PatientReportRenderer.MaxKeptAnalyses"/>), else compact.</summary>
    /// <param name="analysis">The pooled analysis.</param>
    /// <param name="patients">One report per patient, in input order, from one <see cref="PatientReportRenderer"/>.</param>
    /// <param name="info">When and from what the analysis was made.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="includePatients">Whether the per-patient section is written; without it the document holds only
    /// pooled figures (what a researcher may see).</param>
    /// <exception cref="ArgumentException">The reports are not one per patient of the analysis.</exception>
    public static void Write(CohortAnalysis analysis, IReadOnlyList<PatientReport> patients, AnalysisReportInfo info, Stream stream, bool includePatients = true)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(patients);
        ArgumentNullException.ThrowIfNull(info);
        PatientReport.CheckOnePerPatient(analysis, patients);
        bool indented = PatientReport.AllAnalysesKept(patients);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented });
        w.WriteStartObject();
        w.WriteString("format", Format);
        w.WriteString("generatedAt", info.GeneratedAt.ToString());
        WriteData(w, analysis, info);
        WriteOptions(w, analysis.Options);
        if (includePatients)
        {
            WritePatients(w, patients, indented);
        }

        WritePooled(w, analysis);
        WriteKaplanMeier(w, analysis);
        WriteBaselines(w, analysis);
        w.WriteEndObject();
    }

    private static void WriteData(Utf8JsonWriter w, CohortAnalysis analysis, AnalysisReportInfo info)
    {
        w.WriteStartObject("data");
        w.WriteString("source", info.DataSource);
        w.WriteNumber("patients", analysis.PatientCount);
        w.WriteStartArray("skipped");
        foreach (string record in info.SkippedRecords)
        {
            w.WriteStringValue(record);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteOptions(Utf8JsonWriter w, AnalysisOptions o)
    {
        w.WriteStartObject("options");
        w.WriteString("levelBetweenTroughs", o.Interpolation == Analytics.Troughs.LevelInterpolation.Linear ? "linear" : "carryForward");
        w.WriteString("bilateral", o.Bilateral == Analytics.Episodes.BilateralCounting.PerSide ? "perSide" : "oneEvent");
        w.WriteBoolean("mergeOverlappingEpisodes", o.MergeOverlappingEpisodes);
        w.WriteBoolean("countIndexEpisode", o.CountIndexEpisode);
        w.WriteString("targetBand", o.TargetBand);
        w.WriteNumber("confidenceLevel", o.ConfidenceLevel);
        w.WriteNumber("daysPerPersonYear", PersonTime.DaysPerYear);
        w.WriteStartArray("bands");
        foreach (var band in o.Bands)
        {
            w.WriteStartObject();
            w.WriteString("name", band.Name);
            w.WriteNumber("lowNgPerMl", band.LowNanogramsPerMillilitre);
            w.WriteNumber("highNgPerMl", band.HighNanogramsPerMillilitre);
            w.WriteString("description", band.Description);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteByExposure(Utf8JsonWriter w, JsonEncodedText name, ByExposure<int> values)
    {
        w.WriteStartObject(name);
        foreach (ExposureKind kind in ByExposure<int>.Kinds)
        {
            w.WriteNumber(AnalysisJsonNames.Of(kind), values[kind]);
        }

        w.WriteEndObject();
    }

    private static void WriteByExposure(Utf8JsonWriter w, JsonEncodedText name, ByExposure<double> values)
    {
        w.WriteStartObject(name);
        foreach (ExposureKind kind in ByExposure<double>.Kinds)
        {
            w.WriteNumber(AnalysisJsonNames.Of(kind), values[kind]);
        }

        w.WriteEndObject();
    }

    private static string Name(ExposureKind kind) => ReportFormat.Exposure(kind);

    private static void WriteRate(Utf8JsonWriter w, string name, PooledRate rate)
    {
        w.WriteStartObject(name);
        w.WriteNumber("episodes", rate.Episodes);
        w.WriteNumber("personYears", rate.PersonYears);
        w.Number("rate", rate.Rate?.PerPersonYear);
        w.Interval("ci95", rate.Rate?.Interval);
        w.WriteEndObject();
    }

    private static void WriteRatio(Utf8JsonWriter w, string name, RateRatio? ratio)
    {
        if (ratio is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.Number("estimate", ratio.Estimate);
        w.Interval("ci95", ratio.Interval);
        w.Number("pValue", ratio.PValue);
        w.WriteString("method", "exact conditional (binomial) test, as R poisson.test");
        w.WriteEndObject();
    }
}
