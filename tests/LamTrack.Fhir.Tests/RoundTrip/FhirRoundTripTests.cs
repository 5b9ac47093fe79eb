using LamTrack.Domain.Patients;
using LamTrack.Fhir.Export;
using LamTrack.Application.Interop;
using LamTrack.Application.Ports;
using LamTrack.Fhir.Import;
using LamTrack.PatientFiles;

namespace LamTrack.Fhir.Tests.RoundTrip;

public sealed class FhirRoundTripTests
{
    [Theory]
    [InlineData("ndjson")] // bulk-data export, one file per resource type
    [InlineData("collection")] // one collection Bundle per patient
    [InlineData("transaction")] // one transaction Bundle per patient (PUT entries)
    public async Task ExportThenImport_CaseSeries_GivesIdenticalPatientFiles(string format)
    {
        using var temp = new TempFolder();
        Export(format, temp.Sub("fhir"));
        var target = new PatientFileImportTarget(temp.Sub("patients"));

        // The base-profile validator runs on one format only: it checks the same resources and costs seconds per run.
        ImportResult result = await new FhirImporter(target, new ImportOptions(ValidateProfiles: format == "ndjson")).ImportAsync(temp.Sub("fhir"));

        Assert.False(result.Rejected, string.Join("\n", result.Problems));
        Assert.DoesNotContain(result.Problems, p => p.Severity != ImportSeverity.Information);
        PatientLoadResult reloaded = PatientFileLoader.Load(temp.Sub("patients"));
        Assert.True(reloaded.IsValid, string.Join("; ", reloaded.Issues));
        foreach (Patient original in CaseSeries.Patients)
        {
            Patient back = Assert.Single(reloaded.Patients, p => p.Id == original.Id);
            Assert.Equal(PatientFileWriter.ToJson(original), PatientFileWriter.ToJson(back));
        }
    }

    [Fact]
    public async Task Import_Twice_LeavesIdenticalPatientsUnchangedWithoutDuplicates()
    {
        using var temp = new TempFolder();
        Export("ndjson", temp.Sub("fhir"));
        var target = new PatientFileImportTarget(temp.Sub("patients"));

        ImportResult first = await new FhirImporter(target, new ImportOptions(ValidateProfiles: false)).ImportAsync(temp.Sub("fhir"));
        DateTime written = File.GetLastWriteTimeUtc(Directory.GetFiles(temp.Sub("patients"), "*.json")[0]);
        ImportResult second = await new FhirImporter(target, new ImportOptions(ValidateProfiles: false)).ImportAsync(temp.Sub("fhir"));

        Assert.Empty(first.Replaced);
        Assert.Empty(first.Unchanged);
        Assert.Empty(second.Replaced);
        Assert.Equal(first.Imported.Order(), second.Unchanged.Order());
        Assert.Equal(written, File.GetLastWriteTimeUtc(Directory.GetFiles(temp.Sub("patients"), "*.json")[0]));
        Assert.Equal(CaseSeries.Patients.Count, Directory.GetFiles(temp.Sub("patients"), "*.json").Length);
    }

    [Fact]
    public async Task Import_ChangedPatient_ReplacesItAndSaysSo()
    {
        using var temp = new TempFolder();
        Export("ndjson", temp.Sub("fhir"));
        var target = new PatientFileImportTarget(temp.Sub("patients"));
        await new FhirImporter(target, new ImportOptions(ValidateProfiles: false)).ImportAsync(temp.Sub("fhir"));
        Patient changed = CaseSeries.Patients[0] with { Label = "Relabelled" };
        FhirExporter.WriteBundles([changed], temp.Sub("changed"), CaseSeries.ExportTime, transaction: false);

        ImportResult again = await new FhirImporter(target, new ImportOptions(ValidateProfiles: false)).ImportAsync(temp.Sub("changed"));

        Assert.Equal([changed.Id], again.Replaced);
        Assert.Contains(again.Problems, p => p.Code == ImportIssueCodes.Replaced && p.Location.ResourceId == changed.Id);
        Patient back = Assert.Single(PatientFileLoader.Load(temp.Sub("patients")).Patients, p => p.Id == changed.Id);
        Assert.Equal("Relabelled", back.Label);
    }

    private static void Export(string format, string folder)
    {
        if (format == "ndjson")
        {
            FhirExporter.WriteNdjson(CaseSeries.Patients, folder, CaseSeries.ExportTime);
        }
        else
        {
            FhirExporter.WriteBundles(CaseSeries.Patients, folder, CaseSeries.ExportTime, transaction: format == "transaction");
        }
    }
}
