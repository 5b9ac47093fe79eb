using LamTrack.Application.Ports;
using LamTrack.Fhir.Tests.Support;
using LamTrack.Fhir.Import;
using LamTrack.Fhir.Tests.RoundTrip;
using LamTrack.Testing.Fhir;

namespace LamTrack.Fhir.Tests.Ehr;

/// <summary>A hospital-wide bulk export of 1,000 mixed patients (a minority with LAM), written by the seeded
/// <see cref="EhrExportGenerator"/>, selected and imported; every LAM patient's timeline is compared event by event.</summary>
public sealed class EhrBulkExportImportTests : IDisposable
{
    private const int Seed = 20261202;
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Import_SelectLam_KeepsExactlyTheLamPatientsWithTheirTimelines()
    {
        string folder = _temp.Sub("export");
        EhrExportSummary summary = new EhrExportGenerator(Seed).Write(folder, patients: 1000, lamEvery: 16, backgroundPerPatient: 15);
        var target = new MemoryTarget();

        ImportResult result = new FhirImporter(target, new ImportOptions { Select = CohortRule.Lam }).Import(folder);

        Assert.False(result.Rejected, string.Join(Environment.NewLine, result.Problems.Where(p => p.IsError).Take(20)));
        Assert.InRange(summary.Expected.Count, 50, 100); // a minority: 1 in 16
        Assert.Equal(summary.Expected.Keys.Order(StringComparer.Ordinal), target.Patients.Select(p => p.Id).Order(StringComparer.Ordinal));
        foreach (var patient in target.Patients)
        {
            Assert.Equal(summary.Expected[patient.Id].Order(StringComparer.Ordinal), TimelineText.Of(patient).Order(StringComparer.Ordinal));
        }

        CohortSelection selection = Assert.IsType<CohortSelection>(result.Selection);
        Assert.Equal(1000, selection.Seen);
        Assert.Equal(summary.Expected.Count, selection.Selected);
        Assert.Equal(summary.Refuted, selection.LeftOut[CohortReasons.LamRefuted]);
        Assert.Equal(summary.BroadCodeOnly, selection.LeftOut[CohortReasons.LamTextMissing]);
        Assert.Equal(1000 - summary.Expected.Count - summary.Refuted - summary.BroadCodeOnly, selection.LeftOut[CohortReasons.NoLamCondition]);
        Assert.True(selection.ResourcesLeftOut > 10_000, $"only {selection.ResourcesLeftOut} resources of left-out patients were skipped unparsed");
    }

    [Fact]
    public void Import_WithoutSelection_ImportsEveryPatientWithEventsAndCountsUnusedCodesOnce()
    {
        string folder = _temp.Sub("export");
        EhrExportSummary summary = new EhrExportGenerator(Seed).Write(folder, patients: 200, lamEvery: 16, backgroundPerPatient: 10);
        var target = new MemoryTarget();

        // A hospital patient of whom LamTrack reads no event is not a record (DOM-010): skipped, never a half record.
        ImportResult result = new FhirImporter(target, new ImportOptions(SkipInvalid: true, ValidateProfiles: false)).Import(folder);

        Assert.False(result.Rejected, string.Join(Environment.NewLine, result.Problems.Where(p => p.IsError).Take(20)));
        Assert.Equal(200, target.Patients.Count + result.Skipped.Sum(u => u.PatientIds.Count));
        Assert.All(summary.Expected.Keys, id => Assert.Contains(target.Patients, p => p.Id == id));
        Assert.All(result.Problems.Where(p => p.IsError), p => Assert.Contains("DOM-010", p.Message, StringComparison.Ordinal));
        Assert.All(target.Patients.Where(p => summary.Expected.ContainsKey(p.Id)),
            p => Assert.Equal(summary.Expected[p.Id].Order(StringComparer.Ordinal), TimelineText.Of(p).Order(StringComparer.Ordinal)));
        Assert.Null(result.Selection);
        Assert.Single(result.Unused, u => u.ResourceType == "Immunization");
        Assert.Single(result.Unused, u => u.ResourceType == "Observation" && u.Code == "http://loinc.org|8302-2");
        Assert.Equal(result.Unused.Count, result.Problems.Count(p => p.Code == ImportIssueCodes.UnusedCode || p.Code == ImportIssueCodes.UnsupportedResource));
    }

    [Fact]
    public void Write_SameSeed_WritesTheSameExport()
    {
        new EhrExportGenerator(Seed).Write(_temp.Sub("a"), 50, 16, 5);
        new EhrExportGenerator(Seed).Write(_temp.Sub("b"), 50, 16, 5);
        new EhrExportGenerator(Seed + 1).Write(_temp.Sub("c"), 50, 16, 5);

        string a = File.ReadAllText(Path.Combine(_temp.Sub("a"), "Observation.ndjson"));
        Assert.Equal(a, File.ReadAllText(Path.Combine(_temp.Sub("b"), "Observation.ndjson")));
        Assert.NotEqual(a, File.ReadAllText(Path.Combine(_temp.Sub("c"), "Observation.ndjson")));
    }
}
