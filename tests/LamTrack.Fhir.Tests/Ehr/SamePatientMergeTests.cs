using LamTrack.Fhir.Tests.Support;
using Hl7.Fhir.Model;
using LamTrack.Application.Interop;
using LamTrack.Application.Ports;
using LamTrack.Fhir.Import;
using LamTrack.Fhir.Serialization;
using LamTrack.Fhir.Tests.RoundTrip;

namespace LamTrack.Fhir.Tests.Ehr;

/// <summary>The same person from two systems, matched on the identifier system a site chose, merged into one record.</summary>
public sealed class SamePatientMergeTests : IDisposable
{
    private const string Mrn = "urn:oid:2.16.840.1.113883.19.5";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Import_SecondSourceWithTheSameMrn_MergesWithoutDuplicatingAndReimportChangesNothing()
    {
        string data = _temp.Sub("data");
        var target = new PatientFileImportTarget(data) { MergeEvents = true };
        var options = new ImportOptions { PatientIdentifierSystem = Mrn };
        string ehr = Path.Combine(AppContext.BaseDirectory, "Ehr", "us-core-lam-sirolimus.json");

        ImportResult first = new FhirImporter(target, options).Import(ehr);
        string lab = LabSystemBundle();
        ImportResult second = new FhirImporter(target, options).Import(lab);
        ImportResult again = new FhirImporter(target, options).Import(lab);

        Assert.Equal(["MRN-1001"], first.Imported);
        Assert.Equal(["MRN-1001"], second.Replaced);
        Assert.Equal(["MRN-1001"], again.Unchanged);
        var (merged, _) = LamTrack.PatientFiles.PatientFileWriter.Parse(File.ReadAllText(Path.Combine(data, "MRN-1001.json")), "MRN-1001.json");
        List<string> timeline = TimelineText.Of(merged!);
        Assert.Equal(9, timeline.Count); // the eight events of the hospital system and the lab system's new level
        Assert.Contains("sirolimus level 2023-06-15 7 ng/mL", timeline);
        Assert.Single(timeline, t => t == "sirolimus level 2023-04-15 6.2 ng/mL"); // sent by both systems, kept once
        Assert.Equal(merged!.Events.Count, merged.Events.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Import_WithoutMerge_SecondSourceReplacesTheRecord()
    {
        string data = _temp.Sub("data");
        var target = new PatientFileImportTarget(data);
        var options = new ImportOptions { PatientIdentifierSystem = Mrn };

        new FhirImporter(target, options).Import(Path.Combine(AppContext.BaseDirectory, "Ehr", "us-core-lam-sirolimus.json"));
        new FhirImporter(target, options).Import(LabSystemBundle());

        var (stored, _) = LamTrack.PatientFiles.PatientFileWriter.Parse(File.ReadAllText(Path.Combine(data, "MRN-1001.json")), "MRN-1001.json");
        Assert.Equal(2, stored!.Events.Count);
    }

    // A laboratory system: its own patient id, the hospital's MRN, the level of 2023-04-15 again (the same resource,
    // forwarded) and one new level.
    private string LabSystemBundle()
    {
        var patient = new Patient { Id = "lab-77", Identifier = [new Identifier(Mrn, "MRN-1001")], Gender = AdministrativeGender.Female };
        var bundle = new Bundle
        {
            Type = Bundle.BundleType.Collection,
            Entry =
            [
                new() { FullUrl = "https://lab.example.org/fhir/Patient/lab-77", Resource = patient },
                new() { FullUrl = "https://lab.example.org/fhir/Observation/lvl1", Resource = Level("lvl1", "2023-04-15", 6.2m) },
                new() { FullUrl = "https://lab.example.org/fhir/Observation/lvl9", Resource = Level("lvl9", "2023-06-15", 7m) },
            ],
        };
        string file = _temp.Sub("lab.json");
        Directory.CreateDirectory(_temp.Path);
        File.WriteAllText(file, FhirJson.ToPrettyJson(bundle));
        return file;
    }

    private static Observation Level(string id, string day, decimal value) => new()
    {
        Id = id,
        Status = ObservationStatus.Final,
        Code = new CodeableConcept { Coding = [new Coding("http://loinc.org", "29247-4", "Sirolimus [Mass/volume] in Blood")] },
        Subject = new ResourceReference("Patient/lab-77"),
        Effective = new FhirDateTime(day),
        Value = new Quantity(value, "ng/mL"),
    };
}
