using System.Text.Json;
using Hl7.Fhir.Model;
using LamTrack.Fhir.Import;
using LamTrack.Fhir.Ndjson;
using Instant = NodaTime.Instant;

namespace LamTrack.Fhir.Tests.Ndjson;

public sealed class NdjsonWriterTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "lamtrack-ndjson-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Commit_ResourcesOfTwoTypes_WritesOneFilePerTypeAndManifest()
    {
        using (var writer = new NdjsonWriter(_folder))
        {
            writer.Write(new Patient { Id = "p-1", Gender = AdministrativeGender.Female });
            writer.Write(new Patient { Id = "p-2", Gender = AdministrativeGender.Female });
            writer.Write(new Observation { Id = "o-1", Status = ObservationStatus.Final, Code = new CodeableConcept { Text = "x" } });
            writer.Commit(Instant.FromUtc(2026, 11, 27, 8, 0));
        }

        Assert.Equal(["Observation.ndjson", "Patient.ndjson", "manifest.json"], Directory.GetFiles(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var problems = new ImportProblemList();
        var patients = NdjsonReader.ReadFile(Path.Combine(_folder, "Patient.ndjson"), problems).ToList();
        Assert.Empty(problems);
        Assert.Equal(["p-1", "p-2"], patients.Select(p => p.Resource.Id));
        using JsonDocument manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, "manifest.json")));
        Assert.Equal("2026-11-27T08:00:00Z", manifest.RootElement.GetProperty("transactionTime").GetString());
        Assert.Equal(2, manifest.RootElement.GetProperty("output").EnumerateArray().Single(o => o.GetProperty("type").GetString() == "Patient").GetProperty("count").GetInt32());
    }

    [Fact]
    public void Dispose_WithoutCommit_LeavesNoOutput()
    {
        using (var writer = new NdjsonWriter(_folder))
        {
            writer.Write(new Patient { Id = "p-1" });
        }

        Assert.False(Directory.Exists(_folder));
        Assert.Empty(Directory.GetDirectories(Path.GetTempPath(), $".{Path.GetFileName(_folder)}.partial-*"));
    }

    [Fact]
    public void Write_Resource_IsOneLineEndingInLineFeed()
    {
        using (var writer = new NdjsonWriter(_folder))
        {
            writer.Write(new Patient { Id = "p-1", Name = [new HumanName { Text = "multi\nline" }] });
            writer.Commit(Instant.FromUtc(2026, 1, 1, 0, 0));
        }

        string text = File.ReadAllText(Path.Combine(_folder, "Patient.ndjson"));
        Assert.Equal(1, text.Count(c => c == '\n'));
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
    }
}
