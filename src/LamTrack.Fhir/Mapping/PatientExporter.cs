using Hl7.Fhir.Model;
using LamTrack.Domain.Events;
using LamTrack.Domain.Provenance;
using LamTrack.Fhir.Terminology;
using static LamTrack.Fhir.Mapping.LamTrackExtensions;
using DomainPatient = LamTrack.Domain.Patients.Patient;

namespace LamTrack.Fhir.Mapping;

/// <summary>Turns one LamTrack patient into FHIR R4 resources: the Patient, one resource per timeline event (mapping
/// table in docs/fhir.md) and one Provenance per distinct source, whose <c>target</c>s are every resource taken from
/// that source.</summary>
/// <remarks>Resource ids are the LamTrack ids, so references are stable and re-export gives the same resources;
/// every event also carries its id as an identifier (system <see cref="CodeSystemUris.EventIdentifier"/>).
/// Provenance is grouped by the whole source (document, locator, basis, quote and note), so grouping loses nothing:
/// each target still reads back exactly its own source. Sources a patient file repeats (one locator for several
/// events) thereby cost one resource instead of one per event.</remarks>
public sealed partial class PatientExporter
{
    private readonly DomainPatient _patient;
    private readonly DateTimeOffset _recorded;
    private readonly List<Resource> _resources = [];

    // Sources in order of first use, each with the resources taken from it (value equality of SourceReference).
    private readonly Dictionary<SourceReference, List<Resource>> _sources = [];

    private PatientExporter(DomainPatient patient, DateTimeOffset recorded)
    {
        _patient = patient;
        _recorded = recorded;
    }

    /// <summary>The patient's resources, Patient first.</summary>
    /// <param name="patient">The patient.</param>
    /// <param name="recorded">The export time, written as each Provenance's <c>recorded</c>.</param>
    public static IReadOnlyList<Resource> Export(DomainPatient patient, NodaTime.Instant recorded)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var exporter = new PatientExporter(patient, recorded.ToDateTimeOffset());
        exporter.AddPatient();
        foreach (ClinicalEvent e in patient.Events)
        {
            exporter.AddEvent(e);
        }

        exporter.AddProvenance();
        return exporter._resources;
    }

    private ResourceReference Subject => new($"Patient/{_patient.Id}");

    private void AddPatient()
    {
        var resource = new Patient
        {
            Id = _patient.Id,
            Identifier = [new Identifier(CodeSystemUris.PatientIdentifier, _patient.Id)],
            Gender = _patient.Sex switch
            {
                LamTrack.Domain.Patients.Sex.Female => AdministrativeGender.Female,
                LamTrack.Domain.Patients.Sex.Male => AdministrativeGender.Male,
                _ => AdministrativeGender.Unknown,
            },
        };
        if (_patient.Label is not null)
        {
            // A pseudonymous label such as "Case 4": HumanName.use 'anonymous' says it is not a real name.
            resource.Name = [new HumanName { Use = HumanName.NameUse.Anonymous, Text = _patient.Label }];
        }

        AddPatientExtensions(resource);
        _resources.Add(resource);
        AddSmoking();
        AddAge();
    }

    private void AddPatientExtensions(Patient resource)
    {
        var document = new Extension();
        document.Extension.Add(new Extension(Document, new FhirString(_patient.Document.Id)));
        document.Extension.Add(new Extension(Citation, new FhirString(_patient.Document.Citation)));
        if (_patient.Document.Doi is not null)
        {
            document.Extension.Add(new Extension(Doi, new FhirString(_patient.Document.Doi)));
        }

        AddComplex(resource, SourceDocumentName, document);
        Set(resource, FollowUpEnd, _patient.FollowUpEnd is null ? null : ClinicalDateMapper.ToFhir(_patient.FollowUpEnd));
        SetString(resource, DateConvention, _patient.DateConvention);
        foreach (var note in _patient.Notes)
        {
            var ext = new Extension();
            ext.Extension.Add(new Extension(Topic, new FhirString(note.Topic)));
            ext.Extension.Add(new Extension(Text, new FhirString(note.Text)));
            Extension source = SourceMapper.ToExtension(note.Source);
            source.Url = Source;
            ext.Extension.Add(source);
            ext.Extension.AddRange(note.EventIds.Select(id => new Extension(EventId, new FhirString(id))));
            AddComplex(resource, CurationNote, ext);
        }
    }

    private void AddSmoking()
    {
        var observation = new Observation
        {
            Id = _patient.Id + "-smoking",
            Status = ObservationStatus.Final,
            Category = [Category("social-history")],
            Code = LoincCodes.SmokingStatus.ToConcept(),
            Subject = Subject,
            Value = DomainCodes.Smoking[_patient.Smoking].ToConcept(),
        };
        _resources.Add(observation);
    }

    private void AddAge()
    {
        if (_patient.Age is not { } age)
        {
            return;
        }

        var observation = new Observation
        {
            Id = _patient.Id + "-age",
            Status = ObservationStatus.Final,
            Code = LoincCodes.Age.ToConcept(),
            Subject = Subject,
            Effective = age.AsOf is null ? null : ClinicalDateMapper.ToFhir(age.AsOf),
            Value = new Quantity(ToDecimal(age.Age.ToYears()), "a"),
        };
        _resources.Add(observation);
        Cite(observation, age.Source);
    }

    private void Cite(Resource resource, SourceReference source)
    {
        if (!_sources.TryGetValue(source, out List<Resource>? targets))
        {
            targets = [];
            _sources.Add(source, targets);
        }

        targets.Add(resource);
    }

    private void AddProvenance()
    {
        int n = 0;
        foreach ((SourceReference source, List<Resource> targets) in _sources)
        {
            // Numbered in order of first use, so a re-export of the same patient gives the same ids.
            _resources.Add(SourceMapper.ToProvenance($"{_patient.Id}-prov-{++n}", targets, source, _recorded));
        }
    }

    private static CodeableConcept Category(string code) =>
        new() { Coding = [new Coding(CodeSystemUris.ObservationCategory, code)] };

    private T Event<T>(T resource, ClinicalEvent e)
        where T : DomainResource
    {
        resource.Id = e.Id;
        if (resource is IIdentifiable<List<Identifier>> identifiable)
        {
            identifiable.Identifier = [new Identifier(CodeSystemUris.EventIdentifier, e.Id)];
        }

        _resources.Add(resource);
        Cite(resource, e.Source);
        return resource;
    }

    private static List<Annotation> Notes(string? note) => note is null ? [] : [new Annotation { Text = note }];

    private static Quantity Quantity(LamTrack.Measures.Units.Measurement m) => new(m.Value, m.Unit.Code);
}
