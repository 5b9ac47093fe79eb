using System.Text.Json;
using LamTrack.Analytics.Cohort;
using LamTrack.Domain.Patients;
using LamTrack.Reporting.Analysis;
using LamTrack.Testing;
using NodaTime;

namespace LamTrack.Reporting.Tests.Analysis;

/// <summary>analysis.json for a cohort that keeps every analysis (indented) and for a registry (compact objects rendered as each patient was analysed).</summary>
public sealed class AnalysisJsonWriterTests
{
    internal static readonly AnalysisReportInfo Info = new(Instant.FromUtc(2026, 11, 27, 12, 0), "test", []);

    internal static (CohortAnalysis Analysis, PatientReport[] Reports) Analysed(IReadOnlyList<Patient> patients)
    {
        // As the CLI does it: one renderer, patients analysed on every core.
        var renderer = new PatientReportRenderer();
        PatientReport[] reports = [.. patients.AsParallel().AsOrdered().Select(p => renderer.Render(PatientAnalyzer.Analyze(p, AnalysisOptions.Default)))];
        return (CohortAnalyzer.Summarize([.. reports.Select(r => r.Totals)], AnalysisOptions.Default), reports);
    }

    private static string Text(IReadOnlyList<Patient> patients)
    {
        (CohortAnalysis analysis, PatientReport[] reports) = Analysed(patients);
        using var stream = new MemoryStream();
        AnalysisJsonWriter.Write(analysis, reports, Info, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static JsonDocument Written(IReadOnlyList<Patient> patients) => JsonDocument.Parse(Text(patients));

    // Copies of the five cases, renamed: 430 copies are 2,150 patients, past the 1,000 whose analyses are kept and
    // across many byte slabs of several threads.
    internal static List<Patient> Registry(int copies)
    {
        IReadOnlyList<Patient> cases = CaseSeriesData.LoadAll();
        return [.. Enumerable.Range(0, copies).SelectMany(i => cases.Select(p => new Patient($"{p.Id}-{i:D4}", p.Document, p.Events)))];
    }

    [Fact]
    public void Write_Registry_KeepsEveryPatientInOrder()
    {
        List<Patient> registry = Registry(430);
        using JsonDocument json = Written(registry);
        string[] ids = [.. json.RootElement.GetProperty("patients").EnumerateArray().Select(p => p.GetProperty("id").GetString()!)];
        Assert.Equal(registry.Select(p => p.Id), ids);
        Assert.Equal(registry.Count, json.RootElement.GetProperty("data").GetProperty("patients").GetInt32());
    }

    [Fact]
    public void Write_Registry_EachPatientAsWrittenForTheCaseSeries()
    {
        using JsonDocument small = Written(CaseSeriesData.LoadAll());
        using JsonDocument large = Written(Registry(430));
        JsonElement original = small.RootElement.GetProperty("patients")[2];
        JsonElement copy = large.RootElement.GetProperty("patients")[(5 * 300) + 2];
        Assert.Equal(original.GetProperty("id").GetString() + "-0300", copy.GetProperty("id").GetString());
        foreach (string section in new[] { "episodes", "personYears", "troughBands", "troughAtRecurrence", "fev1Slopes" })
        {
            Assert.Equal(JsonSerializer.Serialize(original.GetProperty(section)), JsonSerializer.Serialize(copy.GetProperty(section)));
        }
    }

    [Fact]
    public void Write_AtMostMaxKeptAnalyses_Indented()
    {
        // 200 copies of five cases: exactly the 1,000 patients whose analyses are all kept.
        Assert.Equal(PatientReportRenderer.MaxKeptAnalyses, 5 * 200);
        Assert.Contains("\n  \"patients\": [", Text(Registry(200)), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_OneMoreThanMaxKeptAnalyses_CompactAndComplete()
    {
        List<Patient> registry = [.. Registry(200), .. CaseSeriesData.LoadAll().Take(1)];
        string text = Text(registry);
        Assert.DoesNotContain('\n', text);
        using JsonDocument json = JsonDocument.Parse(text);
        Assert.Equal(registry.Select(p => p.Id), json.RootElement.GetProperty("patients").EnumerateArray().Select(p => p.GetProperty("id").GetString()!));
    }

    [Fact]
    public void Write_ReportsNotOnePerPatient_Throws()
    {
        (CohortAnalysis analysis, PatientReport[] reports) = Analysed(CaseSeriesData.LoadAll());
        Assert.Throws<ArgumentException>(() => AnalysisJsonWriter.Write(analysis, reports[1..], Info, new MemoryStream()));
    }

    [Fact]
    public void Write_Registry_PooledCountsScaleWithTheCopies()
    {
        using JsonDocument json = Written(Registry(430));
        // Table 1: 23 episodes before sirolimus in the five cases.
        Assert.Equal(23 * 430, json.RootElement.GetProperty("pooled").GetProperty("before").GetProperty("episodes").GetInt32());
    }

    [Fact]
    public void Write_WithoutPatients_KeepsThePooledFiguresAndLeavesOutThePerPatientSection()
    {
        (CohortAnalysis analysis, PatientReport[] reports) = Analysed(CaseSeriesData.LoadAll());
        using var whole = new MemoryStream();
        using var pooled = new MemoryStream();
        AnalysisJsonWriter.Write(analysis, reports, Info, whole);
        AnalysisJsonWriter.Write(analysis, reports, Info, pooled, includePatients: false);

        using JsonDocument all = JsonDocument.Parse(whole.ToArray());
        using JsonDocument some = JsonDocument.Parse(pooled.ToArray());
        Assert.True(all.RootElement.TryGetProperty("patients", out _));
        Assert.False(some.RootElement.TryGetProperty("patients", out _));
        Assert.Equal(JsonSerializer.Serialize(all.RootElement.GetProperty("pooled")), JsonSerializer.Serialize(some.RootElement.GetProperty("pooled")));
    }
}
