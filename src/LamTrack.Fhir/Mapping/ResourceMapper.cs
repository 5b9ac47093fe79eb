using Hl7.Fhir.Model;
using LamTrack.Domain.Dates;
using LamTrack.Domain.Provenance;
using LamTrack.Fhir.Import;
using LamTrack.Fhir.Mapping.Ehr;
using LamTrack.Fhir.Terminology;
using LamTrack.Measures.Units;
using static LamTrack.Fhir.Mapping.LamTrackExtensions;

namespace LamTrack.Fhir.Mapping;

/// <summary>Reads FHIR resources into <see cref="PatientDraft"/>s (the reverse of <see cref="PatientExporter"/>),
/// recording every problem with the resource and element path.</summary>
internal sealed partial class ResourceMapper(ImportProblemList problems, Func<string?, string?> resolve, Func<string, PatientDraft> draftFor, EhrSettings ehr)
{
    /// <summary>Sources read from Provenance resources, by the key of their target.</summary>
    public Dictionary<string, SourceReference> Sources { get; } = new(StringComparer.Ordinal);

    private ImportLocation _where = ImportLocation.OfFile(string.Empty);
    private PatientDraft? _draft;

    /// <summary>Maps one resource; <paramref name="key"/> is its own reference key (<c>Type/id</c> or its fullUrl).</summary>
    /// <returns>The draft the resource belongs to, when it names its patient.</returns>
    public PatientDraft? Map(Resource resource, string key, ImportLocation where)
    {
        _where = where;
        _draft = null;
        switch (resource)
        {
            case Patient p: ReadPatient(p, key); break;
            case Provenance p: ReadProvenance(p); break;
            case Medication m: RememberMedication(m, key); break;
            case DomainResource d when IsEhrShaped(d): ReadEhr(d, key); break;
            case Observation o when Owner(o.Subject, "Observation.subject"): ReadObservation(o, key); break;
            case Hl7.Fhir.Model.Condition c when Owner(c.Subject, "Condition.subject"): ReadCondition(c, key); break;
            case Procedure p when Owner(p.Subject, "Procedure.subject"): ReadProcedure(p, key); break;
            case MedicationStatement m when Owner(m.Subject, "MedicationStatement.subject"): ReadMedication(m, key); break;
            case Hl7.Fhir.Model.AdverseEvent a when Owner(a.Subject, "AdverseEvent.subject"): ReadAdverseEvent(a, key); break;
            case Encounter e when Owner(e.Subject, "Encounter.subject"): ReadEncounter(e, key); break;
            case Observation or Hl7.Fhir.Model.Condition or Procedure or MedicationStatement or Hl7.Fhir.Model.AdverseEvent or Encounter: break;
            default:
                ehr.Unused.Count(resource.TypeName, string.Empty);
                break;
        }

        return _draft;
    }

    private bool Owner(ResourceReference? subject, string path)
    {
        string? patientKey = resolve(subject?.Reference);
        if (patientKey is null || !patientKey.StartsWith("Patient/", StringComparison.Ordinal) && !patientKey.StartsWith("urn:", StringComparison.Ordinal))
        {
            problems.Add(ImportIssueCodes.UnresolvedReference, _where.At(path),
                subject?.Reference is null ? "the subject (patient) is missing" : $"'{subject.Reference}' does not name a Patient in the input");
            return false;
        }

        _draft = draftFor(patientKey);
        _draft.ReferencedAt ??= _where.At(path);
        return true;
    }

    private void ReadPatient(Patient p, string key)
    {
        _draft = draftFor(key);
        _draft.Location = _where;
        _draft.PatientId = p.Identifier.FirstOrDefault(i => i.System == (ehr.PatientIdentifierSystem ?? CodeSystemUris.PatientIdentifier))?.Value
            ?? p.Identifier.FirstOrDefault(i => i.System == CodeSystemUris.PatientIdentifier)?.Value ?? p.Id;
        if (_draft.PatientId is null)
        {
            Error(ImportIssueCodes.MissingElement, "Patient.identifier", "the patient has neither a LamTrack identifier nor an id");
        }

        _draft.Label = p.Name.FirstOrDefault()?.Text;
        _draft.Sex = p.Gender switch
        {
            AdministrativeGender.Female => LamTrack.Domain.Patients.Sex.Female,
            AdministrativeGender.Male => LamTrack.Domain.Patients.Sex.Male,
            _ => LamTrack.Domain.Patients.Sex.Unknown,
        };
        ReadPatientExtensions(p);
    }

    private void ReadPatientExtensions(Patient p)
    {
        Extension? document = All(p, SourceDocumentName).FirstOrDefault();
        string? documentId = document?.GetExtensionValue<FhirString>(Document)?.Value;
        if (documentId is not null)
        {
            _draft!.Document = new LamTrack.Domain.Provenance.SourceDocument(documentId, document!.GetExtensionValue<FhirString>(Citation)?.Value ?? documentId)
            {
                Doi = document.GetExtensionValue<FhirString>(Doi)?.Value,
            };
        }

        _draft!.FollowUpEnd = Date(Get(p, FollowUpEnd), "Patient.extension[follow-up-end]", required: false);
        _draft.DateConvention = GetString(p, DateConvention);
        foreach (Extension note in All(p, CurationNote))
        {
            SourceReference? source = SourceMapper.FromExtension(note.Extension.FirstOrDefault(e => e.Url == Source));
            string? topic = note.GetExtensionValue<FhirString>(Topic)?.Value;
            string? text = note.GetExtensionValue<FhirString>(Text)?.Value;
            if (source is null || topic is null || text is null)
            {
                Error(ImportIssueCodes.MissingElement, "Patient.extension[curation-note]", "a curation note needs topic, text and source");
                continue;
            }

            _draft.Notes.Add(new LamTrack.Domain.Patients.CurationNote(topic, text, source)
            {
                EventIds = [.. note.Extension.Where(e => e.Url == EventId).Select(e => (e.Value as FhirString)?.Value).OfType<string>()],
            });
        }
    }

    private void ReadProvenance(Provenance p)
    {
        SourceReference? source = SourceMapper.FromProvenance(p);
        if (source is null)
        {
            problems.Add(ImportIssueCodes.ValueDropped, _where.At("Provenance.entity"), "no source document named; the provenance is not kept");
            return;
        }

        foreach (ResourceReference target in p.Target)
        {
            if (resolve(target.Reference) is string key)
            {
                Sources[key] = source;
            }
        }
    }

    private void Error(ImportIssueCode code, string path, string message)
    {
        problems.Add(code, _where.At(path), message);
        if (code.Severity == ImportSeverity.Error && _draft is not null)
        {
            _draft.HasErrors = true;
        }
    }

    private ClinicalDate? Date(DataType? value, string path, bool required)
    {
        if (value is null)
        {
            if (required)
            {
                Error(ImportIssueCodes.MissingElement, path, "a date is required");
            }

            return null;
        }

        ClinicalDate? date = ClinicalDateMapper.FromFhir(value, out string? error);
        if (date is null)
        {
            Error(ImportIssueCodes.ImpreciseDate, path, error ?? "not a usable date");
        }

        return date;
    }

    private Measurement? Measure(DataType? value, string path, Dimension expected)
    {
        if (value is not Quantity q || q.Value is null)
        {
            Error(ImportIssueCodes.MissingElement, path, "a quantity with a value is required");
            return null;
        }

        if (q.System is not null && q.System != CodeSystemUris.Ucum)
        {
            Error(ImportIssueCodes.BadUnit, path + ".system", $"unit system '{q.System}' is not UCUM");
            return null;
        }

        if (!UcumUnits.TryParse(q.Code ?? q.Unit, out UcumUnit? unit) || unit.Dimension != expected)
        {
            Error(ImportIssueCodes.BadUnit, path + ".code", $"unit '{q.Code ?? q.Unit}' is not a {expected} unit LamTrack knows");
            return null;
        }

        return InRange(Measurement.Create(q.Value.Value, unit.Code), path);
    }

    /// <summary>The measurement, or null with FHIR-IMP-012 at <paramref name="path"/> when it lies past the range of its
    /// quantity (so a wild number is a located problem, not an exception in a later conversion).</summary>
    private Measurement? InRange(Measurement measurement, string path)
    {
        if (measurement.OutOfRangeReason() is { } reason)
        {
            Error(ImportIssueCodes.OutOfRange, path + ".value", $"{measurement} is out of range: {reason}");
            return null;
        }

        return measurement;
    }

    private T? Typed<T>(Func<T> create, string path)
        where T : struct
    {
        try
        {
            return create();
        }
        catch (ArgumentException ex)
        {
            Error(ImportIssueCodes.OutOfRange, path, ex.Message.Split(Environment.NewLine)[0]);
            return null;
        }
    }

    private static string? ConceptText(CodeableConcept? concept) => concept?.Text;

    private static string? NoteText(List<Annotation> notes) => notes.FirstOrDefault()?.Text;

    private static SourceReference Placeholder(ImportLocation where) => new("fhir-import", where.Source, ProvenanceBasis.Stated);
}
