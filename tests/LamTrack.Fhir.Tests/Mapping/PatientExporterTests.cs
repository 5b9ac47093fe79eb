using Hl7.Fhir.Model;
using LamTrack.Fhir.Mapping;
using LamTrack.Fhir.Synthetic;
using LamTrack.Fhir.Tests.RoundTrip;

namespace LamTrack.Fhir.Tests.Mapping;

public sealed class PatientExporterTests
{
    [Fact]
    public void Export_EveryEventFromOneSource_WritesOneProvenanceTargetingThemAll()
    {
        LamTrack.Domain.Patients.Patient patient = SyntheticCohort.Generate(1, seed: 7).Single();

        IReadOnlyList<Resource> resources = PatientExporter.Export(patient, CaseSeries.ExportTime);

        Provenance provenance = Assert.Single(resources.OfType<Provenance>());
        // Every event, each dose change and the stated age are cited: all share the synthetic cohort's one source.
        int doseChanges = patient.Events.OfType<LamTrack.Domain.Events.SirolimusCourse>().Sum(c => c.DoseChanges.Count);
        Assert.Equal(patient.Events.Count + doseChanges + 1, provenance.Target.Count);
        Assert.Equal("generated", provenance.Entity.Single().What.Display);
    }

    [Fact]
    public void Export_CaseSeries_CitesEveryEventExactlyOnce()
    {
        foreach (LamTrack.Domain.Patients.Patient patient in CaseSeries.Patients)
        {
            IReadOnlyList<Resource> resources = PatientExporter.Export(patient, CaseSeries.ExportTime);

            List<string> targets = [.. resources.OfType<Provenance>().SelectMany(p => p.Target).Select(t => t.Reference ?? string.Empty)];
            Assert.Equal(targets.Count, targets.Distinct(StringComparer.Ordinal).Count());
            Assert.All(patient.Events, e => Assert.Contains(targets, t => t.EndsWith("/" + e.Id, StringComparison.Ordinal)));
        }
    }
}
