using System.Text.Json;
using LamTrack.Analytics.Cohort;
using LamTrack.Domain.Patients;
using LamTrack.Reporting.Analysis;
using LamTrack.Testing;
using NodaTime;

namespace LamTrack.Reporting.Tests.Analysis;

/// <summary>analysis.json at case-series size (indented, one writer) and at registry size (compact, rendered in parallel chunks).</summary>
public sealed class AnalysisJsonWriterTests
{
    private static readonly AnalysisReportInfo Info = new(Instant.FromUtc(2026, 11, 27, 12, 0), "test", []);

    private static JsonDocument Written(IReadOnlyList<Patient> patients)
    {
        CohortAnalysis analysis = CohortAnalyzer.Analyze(patients, AnalysisOptions.Default);
        using var stream = new MemoryStream();
        AnalysisJsonWriter.Write(analysis, Info, stream);
        return JsonDocument.Parse(stream.ToArray());
    }

    // Enough copies of the five cases to pass the 1,000-patient switch to compact, chunked output (chunks of 1,024).
    private static List<Patient> Registry(int copies)
    {
        IReadOnlyList<Patient> cases = CaseSeriesData.LoadAll();
        return [.. Enumerable.Range(0, copies).SelectMany(i => cases.Select(p => new Patient($"{p.Id}-{i:D4}", p.Document, p.Events)))];
    }

    [Fact]
    public void Write_RegistryInChunks_KeepsEveryPatientInOrder()
    {
        List<Patient> registry = Registry(430);
        using JsonDocument json = Written(registry);
        string[] ids = [.. json.RootElement.GetProperty("patients").EnumerateArray().Select(p => p.GetProperty("id").GetString()!)];
        Assert.Equal(registry.Select(p => p.Id), ids);
    }

    [Fact]
    public void Write_RegistryInChunks_EachPatientAsWrittenForTheCaseSeries()
    {
        using JsonDocument small = Written(CaseSeriesData.LoadAll());
        using JsonDocument large = Written(Registry(430));
        JsonElement original = small.RootElement.GetProperty("patients")[2];
        // Copy 300 of case index 2 sits in the second chunk, past the splice point of the first.
        JsonElement copy = large.RootElement.GetProperty("patients")[(5 * 300) + 2];
        Assert.Equal(original.GetProperty("id").GetString() + "-0300", copy.GetProperty("id").GetString());
        foreach (string section in new[] { "episodes", "personYears", "troughBands", "troughAtRecurrence", "fev1Slopes" })
        {
            Assert.Equal(JsonSerializer.Serialize(original.GetProperty(section)), JsonSerializer.Serialize(copy.GetProperty(section)));
        }
    }

    [Fact]
    public void Write_RegistryPastOneWindowOfChunks_ReusedBuffersKeepEveryPatient()
    {
        // The chunks are rendered a window (two per core) at a time into reused buffers: go one window and more past it.
        int copies = (2 * Environment.ProcessorCount * 1024 / 5) + 250;
        List<Patient> registry = Registry(copies);
        using JsonDocument small = Written(CaseSeriesData.LoadAll());
        using JsonDocument large = Written(registry);
        JsonElement patients = large.RootElement.GetProperty("patients");
        Assert.Equal(registry.Select(p => p.Id), patients.EnumerateArray().Select(p => p.GetProperty("id").GetString()!));
        JsonElement last = patients[patients.GetArrayLength() - 1];
        Assert.Equal(JsonSerializer.Serialize(small.RootElement.GetProperty("patients")[4].GetProperty("troughBands")),
            JsonSerializer.Serialize(last.GetProperty("troughBands")));
    }

    [Fact]
    public void Write_RegistryInChunks_PooledCountsScaleWithTheCopies()
    {
        using JsonDocument json = Written(Registry(430));
        // Table 1: 23 episodes before sirolimus in the five cases.
        Assert.Equal(23 * 430, json.RootElement.GetProperty("pooled").GetProperty("before").GetProperty("episodes").GetInt32());
    }
}
