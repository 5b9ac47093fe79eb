using Hl7.Fhir.Model;
using LamTrack.Fhir.Import;
using LamTrack.Fhir.Serialization;
using LamTrack.Fhir.Tests.RoundTrip;
using LamTrack.Fhir.Tests.Support;

namespace LamTrack.Fhir.Tests.Ehr;

/// <summary>A sirolimus level past the range of a concentration is a located problem, not an exception in a later
/// conversion (and not an overflow in the nmol/L conversion).</summary>
public sealed class OutOfRangeLevelTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("ng/mL", null)]
    [InlineData("ng/mL", Quantity.QuantityComparator.LessThan)]
    [InlineData("nmol/L", null)]
    public void Import_LevelOf10To25_IsFhirImp012AtTheValue(string unit, Quantity.QuantityComparator? comparator)
    {
        var quantity = new Quantity(1e25m, unit) { System = "http://unitsofmeasure.org", Code = unit, Comparator = comparator };

        ImportResult result = new FhirImporter(new DiscardingTarget(), new ImportOptions(ValidateProfiles: false)).Import(Write(quantity));

        Assert.True(result.Rejected);
        ImportProblem problem = Assert.Single(result.Problems, p => p.Code == ImportIssueCodes.OutOfRange);
        Assert.Equal("Observation.valueQuantity.value", problem.Location.Path);
        Assert.Contains("out of range", problem.Message, StringComparison.Ordinal);
    }

    private string Write(Quantity value)
    {
        var bundle = new Bundle
        {
            Type = Bundle.BundleType.Collection,
            Entry =
            [
                new() { FullUrl = "https://ehr.example.org/fhir/Patient/p1", Resource = new Patient { Id = "p1", Gender = AdministrativeGender.Female } },
                new()
                {
                    FullUrl = "https://ehr.example.org/fhir/Observation/lvl1",
                    Resource = new Observation
                    {
                        Id = "lvl1",
                        Status = ObservationStatus.Final,
                        Code = new CodeableConcept { Coding = [new Coding("http://loinc.org", "29247-4", "Sirolimus [Mass/volume] in Blood")] },
                        Subject = new ResourceReference("Patient/p1"),
                        Effective = new FhirDateTime("2023-04-15"),
                        Value = value,
                    },
                },
            ],
        };
        Directory.CreateDirectory(_temp.Path);
        string file = _temp.Sub("ehr.json");
        File.WriteAllText(file, FhirJson.ToPrettyJson(bundle));
        return file;
    }
}
