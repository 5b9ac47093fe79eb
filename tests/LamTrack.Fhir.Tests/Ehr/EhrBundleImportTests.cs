using LamTrack.Application.Ports;
using LamTrack.Fhir.Tests.Support;
using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;
using LamTrack.Fhir.Import;

namespace LamTrack.Fhir.Tests.Ehr;

/// <summary>Hand-written US Core and IPS shaped bundles (tests/LamTrack.Fhir.Tests/Ehr), imported with the R4 base-profile
/// validator on, compared with the expected timeline event by event.</summary>
public sealed class EhrBundleImportTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Ehr", name);

    private static (ImportResult Result, Patient Patient) ImportOne(string name)
    {
        var target = new MemoryTarget();
        ImportResult result = new FhirImporter(target, new ImportOptions()).Import(Fixture(name));
        Assert.False(result.Rejected, string.Join(Environment.NewLine, result.Problems));
        Assert.DoesNotContain(result.Problems, p => p.IsError);
        return (result, Assert.Single(target.Patients));
    }

    [Fact]
    public void Import_UsCoreLamSirolimus_BuildsTheTimelineEventByEvent()
    {
        (ImportResult result, Patient patient) = ImportOne("us-core-lam-sirolimus.json");

        Assert.Equal("p1", patient.Id);
        Assert.Equal(
        [
            "condition 2021-06-15 Lymphangioleiomyomatosis resolved ",
            "stay 2023-03-02..2023-03-09 General Hospital (Spontaneous pneumothorax)",
            "pneumothorax 2023-03-02 Left resolved 2023-03-20",
            "sirolimus 2023-04-01 2 mg/d stop ; change 2023-10-01 3 mg/d",
            "sirolimus level 2023-04-15 6.2 ng/mL",
            "pft 2023-05-01 Fvc 2.9 L, Fev1 1.85 L",
            "sirolimus level 2023-05-15 7.314 ng/mL",
            "co-medication 2023-08-01 rifampin 300 MG Oral Capsule [rifampicin] stop 2023-08-31",
        ], TimelineText.Of(patient));
        Assert.Contains(result.Unused, u => u.ResourceType == "Observation" && u.Code == "http://loinc.org|29463-7" && u.Count == 1);
        Assert.Contains(result.Unused, u => u.ResourceType == "MedicationRequest" && u.Code == "http://www.nlm.nih.gov/research/umls/rxnorm|314076");
        Assert.Contains(result.Unused, u => u.ResourceType == "Organization" && u.Code.Length == 0);
    }

    [Fact]
    public void Import_UsCoreLamSirolimus_EachEventKeepsItsSourceElement()
    {
        (_, Patient patient) = ImportOne("us-core-lam-sirolimus.json");

        SirolimusCourse course = Assert.Single(patient.SirolimusCourses);
        Assert.StartsWith("MedicationRequest/mr1 dosageInstruction[0] (us-core-lam-sirolimus.json:", course.Source.Locator, StringComparison.Ordinal);
        Assert.StartsWith("MedicationRequest/mr3 dosageInstruction[0]", Assert.Single(course.DoseChanges).Source.Locator, StringComparison.Ordinal);
        TroughLevel converted = patient.EventsOf<TroughLevel>().Single(t => t.Id == "Observation-lvl2");
        Assert.Contains("914.2 g/mol", converted.Source.Note, StringComparison.Ordinal);
        Assert.Equal("Observation-lvl2", converted.Id);
    }

    [Fact]
    public void Import_IpsDocument_BuildsTheTimelineEventByEvent()
    {
        (ImportResult result, Patient patient) = ImportOne("ips-lam-tsc.json");

        Assert.Equal("7685713c-e29e-4a75-8a90-45be7ba3be94", patient.Id);
        Assert.Equal(
        [
            "condition 1995 Tuberous sclerosis complex resolved ",
            "condition 2019-09 Lymphangioleiomyomatosis resolved ",
            "sirolimus 2022-01-10 2 mg/d stop ",
            "sirolimus level 2022-01-20 undetectable",
            "sirolimus level 2022-02-10 < 2 ng/mL",
            "intervention 2022-04-02 ChestTubeDrainage Right Insertion of pleural tube drain",
            "intervention 2022-04-05 SurgicalPleurodesis Right VATS pleurodesis",
            "condition 2022-05-03 Chylothorax resolved 2022-06-30",
            "pregnancy 2023-01-10 end ",
        ], TimelineText.Of(patient));
        Assert.Contains(result.Unused, u => u.ResourceType == "Condition" && u.Code == "verification:refuted");
        Assert.Contains(result.Unused, u => u.ResourceType == "AllergyIntolerance");
        Assert.Contains(result.Unused, u => u.ResourceType == "Composition");
    }

    [Fact]
    public void Import_UsCoreMedicationHistory_BuildsCoursesFromDispensesAndAdministrations()
    {
        (ImportResult result, Patient patient) = ImportOne("us-core-medication-history.json");

        Assert.Equal(
        [
            "condition 2023-11-02 Lymphangioleiomyomatosis resolved ",
            "condition 2023-12-20 Tuberculosis resolved 2024-06-20",
            "sirolimus 2024-01-05 2 mg/d stop 2024-03-04; change 2024-02-04 3 mg/d",
            "co-medication 2024-01-10 Clarithromycin 500 mg tablet [clarithromycin] stop 2024-01-20",
            "pneumothorax 2024-02-20 Right resolved ",
            "lab 2024-03-01 TotalCholesterol 210 mg/dL",
            "lab 2024-03-01 UrineProtein 30 mg/dL",
            "pft 2024-03-01 Fvc  68 %, Fev1 1.5 L, Fev1FvcRatio 52.00 %, Dlco 4.1 mmol/min/kPa",
            "walk 2024-03-01 410 m",
            "sirolimus 2024-05-01 2 mg/d stop 2024-05-02",
            "sirolimus level 2024-05-03 < 1.5 ng/mL",
            "intervention 2024-09-01 OtherSurgery  Double lung transplant",
        ], TimelineText.Of(patient));
        Assert.Contains(result.Unused, u => u.ResourceType == "MedicationAdministration" && u.Code == "status:not-done");
        Assert.Contains(result.Unused, u => u.ResourceType == "Encounter" && u.Code == "class:AMB");
    }

    [Fact]
    public void Import_TextOnlyAndUnverifiedMappings_AreFlaggedInTheProvenance()
    {
        (_, Patient patient) = ImportOne("us-core-medication-history.json");

        CoMedication clarithromycin = Assert.Single(patient.EventsOf<CoMedication>());
        Assert.Contains("text only", clarithromycin.Source.Note, StringComparison.Ordinal);
        Condition tuberculosis = patient.EventsOf<Condition>().Single(c => c.Name == "Tuberculosis");
        Assert.Contains("unverified terminology row http://snomed.info/sct|56717001", tuberculosis.Source.Note, StringComparison.Ordinal);
        Assert.Null(patient.EventsOf<Condition>().Single(c => c.Name == "Lymphangioleiomyomatosis").Source.Note);
    }

    [Fact]
    public void Import_UnusedResources_AreListedOncePerTypeAndCodeNeverAsErrors()
    {
        (ImportResult result, _) = ImportOne("us-core-lam-sirolimus.json");

        var listed = result.Problems.Where(p => p.Code == ImportIssueCodes.UnusedCode || p.Code == ImportIssueCodes.UnsupportedResource).ToList();
        Assert.Equal(result.Unused.Count, listed.Count);
        Assert.All(listed, p => Assert.False(p.IsError));
    }
}
