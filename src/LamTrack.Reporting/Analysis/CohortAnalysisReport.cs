using LamTrack.Analytics.Cohort;
using LamTrack.Analytics.Exposure;
using LamTrack.Application.Analysis;
using LamTrack.Application.Output;
using LamTrack.PatientFiles;
using NodaTime;
using LamTrack.Reporting.Figures;

namespace LamTrack.Reporting.Analysis;

/// <summary>A finished cohort analysis with its per-patient reports: its summary as text lines and its files
/// (analysis.json, analysis.md, km.png, km.svg).</summary>
/// <param name="result">The analysis, or why it was refused.</param>
public sealed class CohortAnalysisReport(CohortAnalysisResult<PatientReport> result)
{
    /// <summary>The analysis and the per-patient reports, or why the analysis was refused.</summary>
    public CohortAnalysisResult<PatientReport> Result { get; } = result ?? throw new ArgumentNullException(nameof(result));

    /// <summary>Whether the cohort was analysed (false: <see cref="Refusal"/> says why).</summary>
    public bool Succeeded => Result.Analysis is not null;

    /// <summary>The problems of the invalid records.</summary>
    public IReadOnlyList<PatientFileIssue> Issues => Result.Issues;

    /// <summary>The records left out (or that made the analysis refuse).</summary>
    public IReadOnlyList<string> InvalidRecords => Result.InvalidRecords;

    /// <summary>Why nothing was analysed, or null.</summary>
    public string? Refusal => Result.Refusal;

    /// <summary>Patients analysed.</summary>
    public int PatientCount => Analysis.PatientCount;

    /// <summary>The analysis choices in one line (levels, bilateral counting, merging, index episode, target band, confidence).</summary>
    public string OptionsText => Analysis.Options.ToString();

    /// <summary>The name of the band used for time in therapeutic range ("3-10").</summary>
    public string TargetBand => Analysis.Options.TargetBand;

    /// <summary>The share of on-treatment time with the level in the target band (0 to 1), or null without levels.</summary>
    public double? TimeInTargetRangeFraction => Analysis.TimeInTargetRange;

    /// <summary>The summary a terminal shows: patients, options, then per exposure period the episodes, person-years
    /// and the exact rate per person-year with its 95 % interval, then the rate ratio on vs before.</summary>
    public IReadOnlyList<string> SummaryLines()
    {
        CohortAnalysis analysis = Analysis;
        var lines = new List<string> { $"Analysed {analysis.PatientCount} patient(s). Options: {OptionsText}" };
        foreach (ExposureKind kind in ByExposure<int>.Kinds)
        {
            PooledRate r = analysis.Pooled[kind];
            lines.Add($"  {ReportFormat.Exposure(kind),-12} {r.Episodes,7} episodes {ReportFormat.Number(r.PersonYears),10} person-years  rate {ReportFormat.Number(r.Rate?.PerPersonYear)} ({ReportFormat.Interval(r.Rate?.Interval)})");
        }

        if (analysis.RateRatioOnVsBefore is { } ratio)
        {
            lines.Add($"  rate ratio on vs before: {ReportFormat.Number(ratio.Estimate)} ({ReportFormat.Interval(ratio.Interval)})");
        }

        return lines;
    }

    /// <summary>Writes analysis.json, analysis.md, km.png and km.svg into <paramref name="folder"/> (created if needed).</summary>
    /// <param name="folder">The output folder.</param>
    /// <param name="generatedAt">When the analysis was made (from the injected clock).</param>
    /// <param name="dataSource">Where the patients came from, as the outputs name it.</param>
    /// <returns>The paths written.</returns>
    public IReadOnlyList<string> WriteTo(string folder, Instant generatedAt, string dataSource)
    {
        CohortAnalysis analysis = Analysis;
        IReadOnlyList<PatientReport> patients = Result.Patients;
        var info = new AnalysisReportInfo(generatedAt, dataSource, Result.InvalidRecords);
        return new OutputDirectory()
            .File("analysis.json", path =>
            {
                using FileStream json = File.Create(path);
                AnalysisJsonWriter.Write(analysis, patients, info, json);
            })
            .File("analysis.md", path =>
            {
                using var md = new StreamWriter(path);
                AnalysisMarkdownWriter.Write(analysis, patients, info, md);
            })
            .File("km.png", path => FigureOutput.SavePng(() => KaplanMeierPlot.Build(analysis), path, KaplanMeierPlot.Width, KaplanMeierPlot.Height))
            .File("km.svg", path => FigureOutput.SaveSvg(() => KaplanMeierPlot.Build(analysis), path, KaplanMeierPlot.Width, KaplanMeierPlot.Height))
            .WriteTo(folder);
    }

    /// <summary>Writes analysis.json (format lamtrack-analysis/1) to <paramref name="stream"/>.</summary>
    /// <param name="stream">Where the UTF-8 JSON goes.</param>
    /// <param name="generatedAt">When the analysis was made (from the injected clock).</param>
    /// <param name="dataSource">Where the patients came from, as the document names it.</param>
    /// <param name="listSkipped">Whether the document names the records left out (identified readers only).</param>
    public void WriteJson(Stream stream, Instant generatedAt, string dataSource, bool listSkipped) =>
        AnalysisJsonWriter.Write(Analysis, Result.Patients, new AnalysisReportInfo(generatedAt, dataSource, listSkipped ? Result.InvalidRecords : []), stream);

    /// <summary>Writes analysis.json without what identifies a patient: no per-patient section and no skipped records,
    /// only the pooled figures, the Kaplan–Meier tables and the baselines (what a researcher may see).</summary>
    /// <param name="stream">Where the UTF-8 JSON goes.</param>
    /// <param name="generatedAt">When the analysis was made (from the injected clock).</param>
    /// <param name="dataSource">Where the patients came from, as the document names it.</param>
    public void WritePooledJson(Stream stream, Instant generatedAt, string dataSource) =>
        AnalysisJsonWriter.Write(Analysis, Result.Patients, new AnalysisReportInfo(generatedAt, dataSource, []), stream, includePatients: false);

    /// <summary>The Kaplan–Meier figure as SVG text.</summary>
    public string KaplanMeierSvg() => FigureOutput.SvgText(() => KaplanMeierPlot.Build(Analysis), KaplanMeierPlot.Width, KaplanMeierPlot.Height);

    /// <summary>The Kaplan–Meier figure as PNG bytes.</summary>
    /// <remarks>ScottPlot's <c>GetImageBytes</c> makes a BMP unless told the format; the "PNG" download was a 2 MB bitmap
    /// (<see cref="FigureOutput.PngBytes"/> names the format).</remarks>
    public byte[] KaplanMeierPng() => FigureOutput.PngBytes(() => KaplanMeierPlot.Build(Analysis), KaplanMeierPlot.Width, KaplanMeierPlot.Height);

    private CohortAnalysis Analysis => Result.Analysis ?? throw new InvalidOperationException($"the cohort was not analysed: {Refusal}");
}
