using LamTrack.Domain.Patients;
using LamTrack.Fhir.Export;
using LamTrack.Fhir.Import;
using LamTrack.PatientFiles;

namespace LamTrack.Fhir.Tests.RoundTrip;

public sealed class FhirRoundTripTests
{
    [Theory]
    [InlineData("ndjson")] // bulk-data export, one file per resource type
    [InlineData("collection")] // one collection Bundle per patient
    [InlineData("transaction")] // one transaction Bundle per patient (PUT entries)
    public void ExportThenImport_CaseSeries_GivesIdenticalPatientFiles(string format)
    {
        using var temp = new TempFolder();
        Export(format, temp.Sub("fhir"));
        var target = new PatientFileImportTarget(temp.Sub("patients"));

        // The base-profile validator runs on one format only: it checks the same resources and costs seconds per run.
        ImportResult result = new FhirImporter(target, new ImportOptions(ValidateProfiles: format == "ndjson")).Import(temp.Sub("fhir"));

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
    public void Import_Twice_LeavesIdenticalPatientsUnchangedWithoutDuplicates()
    {
        using var temp = new TempFolder();
        Export("ndjson", temp.Sub("fhir"));
        var target = new PatientFileImportTarget(temp.Sub("patients"));

        ImportResult first = new FhirImporter(target, new ImportOptions(ValidateProfiles: false)).Import(temp.Sub("fhir"));
        DateTime written = File.GetLastWriteTimeUtc(Directory.GetFiles(temp.Sub("patients"), "*.json")[0]);
        ImportResult second = new FhirImporter(target, new ImportOptions(ValidateProfiles: false)).Import(temp.Sub("fhir"));

        Assert.Empty(first.Replaced);
        Assert.Empty(first.Unchanged);
        Assert.Empty(second.Replaced);
        Assert.Equal(first.Imported.Order(), second.Unchanged.Order());
        Assert.Equal(written, File.GetLastWriteTimeUtc(Directory.GetFiles(temp.Sub("patients"), "*.json")[0]));
        Assert.Equal(CaseSeries.Patients.Count, Directory.GetFiles(temp.Sub("patients"), "*.json").Length);
    }

    [Fact]
    public void Import_ChangedPatient_ReplacesItAndSaysSo()
    {
        using var temp = new TempFolder();
        Export("ndjson", temp.Sub("fhir"));
        var target = new PatientFileImportTarget(temp.Sub("patients"));
        new FhirImporter(target, new ImportOptions(ValidateProfiles: false)).Import(temp.Sub("fhir"));
        Patient changed = CaseSeries.Patients[0] with { Label = "Relabelled" };
        FhirExporter.WriteBundles([changed], temp.Sub("changed"), CaseSeries.ExportTime, transaction: false);

        ImportResult again = new FhirImporter(target, new ImportOptions(ValidateProfiles: false)).Import(temp.Sub("changed"));

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
