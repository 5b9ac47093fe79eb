using Hl7.Fhir.Model;
using LamTrack.Domain.Dates;
using LamTrack.Domain.Provenance;
using LamTrack.Fhir.Import;
using LamTrack.Fhir.Terminology;

namespace LamTrack.Fhir.Mapping;

// Resources as hospital systems send them (US Core, IPS): no LamTrack extensions or identifiers, standard codes resolved
// through the terminology table (terminology/*.json). A code the table does not have is counted, not an error.
internal sealed partial class ResourceMapper
{
    private readonly Dictionary<string, CodeableConcept> _medications = new(StringComparer.Ordinal);

    /// <summary>Whether a resource is read as EHR data: a kind the EHR mapping reads, carrying no LamTrack event
    /// identifier and no LamTrack extension (LamTrack's own export keeps its stricter rules).</summary>
    private static bool IsEhrShaped(DomainResource d) =>
        d is Observation or Hl7.Fhir.Model.Condition or Procedure or Encounter or MedicationRequest or MedicationStatement
            or MedicationAdministration or MedicationDispense
        && !((d as IIdentifiable<List<Identifier>>)?.Identifier.Exists(i => i.System == CodeSystemUris.EventIdentifier) ?? false)
        && !d.Extension.Exists(e => e.Url?.StartsWith(CodeSystemUris.ExtensionBase, StringComparison.Ordinal) == true);

    private void ReadEhr(DomainResource d, string key)
    {
        switch (d)
        {
            case Observation o when Owner(o.Subject, "Observation.subject"): ReadEhrObservation(o, key); break;
            case Hl7.Fhir.Model.Condition c when Owner(c.Subject, "Condition.subject"): ReadEhrCondition(c, key); break;
            case Procedure p when Owner(p.Subject, "Procedure.subject"): ReadEhrProcedure(p, key); break;
            case Encounter e when Owner(e.Subject, "Encounter.subject"): ReadEhrEncounter(e, key); break;
            case MedicationRequest m when Owner(m.Subject, "MedicationRequest.subject"): ReadMedicationRequest(m, key); break;
            case MedicationStatement m when Owner(m.Subject, "MedicationStatement.subject"): ReadEhrStatement(m, key); break;
            case MedicationAdministration m when Owner(m.Subject, "MedicationAdministration.subject"): ReadAdministration(m, key); break;
            case MedicationDispense m when Owner(m.Subject, "MedicationDispense.subject"): ReadDispense(m, key); break;
            default: break;
        }
    }

    // Medication resources are kept by key so that a medicationReference resolves; they belong to no patient.
    private void RememberMedication(Medication m, string key)
    {
        if (m.Code is not null)
        {
            _medications[key] = m.Code;
        }
    }

    /// <summary>The id of an event read from an EHR resource, the same on every import of that resource so that a second
    /// import recognises it: <c>Type-id</c> (<c>Condition-lam1</c>) when that is a valid record id and the resource names
    /// no sending system; otherwise <c>ehr-</c> and the first 128 bits of the SHA-256 of <c>meta.source|Type/id</c> in hex.</summary>
    /// <remarks>Event ids follow the FHIR id grammar (letters, digits, '-' and '.', at most 64 characters), which the
    /// record rules require (DOM-008) so that an exported record can be imported again; a '/' or '|' would break it.</remarks>
    private static string EhrEventId(Resource r, string key)
    {
        string plain = key.Replace('/', '-');
        bool fits = plain.Length <= 64 && plain.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.');
        if (string.IsNullOrEmpty(r.Meta?.Source) && fits)
        {
            return plain;
        }

        string identity = r.Meta?.Source is { Length: > 0 } source ? $"{source}|{key}" : key;
        byte[] hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(identity));
        return "ehr-" + Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    /// <summary>The provenance of an event read from an EHR resource: the sending system, and the resource and element.</summary>
    private SourceReference EhrSource(Resource r, string key, string element, params string?[] flags)
    {
        string? note = string.Join("; ", flags.Where(f => f is not null));
        return new SourceReference(r.Meta?.Source ?? PatientAssembler.ImportedDocument.Id, $"{key} {element} ({_where.Source}:{_where.Line})", ProvenanceBasis.Stated)
        {
            Note = note.Length == 0 ? null : note,
        };
    }

    private static string? Unverified(TerminologyRow row) => row.IsUnverified ? $"mapped by the unverified terminology row {row.Code} ({row.Source})" : null;

    private static string Literal(Enum? value) => value is null ? "(none)" : Hl7.Fhir.Utility.EnumUtility.GetLiteral(value) ?? value.ToString();

    private void CountUnused(Resource r, CodeableConcept? code) => ehr.Unused.Count(r.TypeName, FirstCode(code));

    private void CountUnused(Resource r, string reason) => ehr.Unused.Count(r.TypeName, reason);

    private static string FirstCode(CodeableConcept? code) =>
        code?.Coding.FirstOrDefault() is { } c ? $"{c.System}|{c.Code}" : code?.Text is { } text ? $"text:{text}" : "(no code)";

    private ClinicalDate? EhrDate(DataType? value, string path) => value switch
    {
        Period p => Date(p.StartElement ?? p.EndElement, path + ".start", required: true),
        Instant i when i.Value is { } at => Date(new FhirDateTime(at), path, required: true),
        _ => Date(value, path, required: true),
    };

    private ClinicalDate? EndOf(DataType? value, string path) =>
        value is Period { EndElement: { } end } ? Date(end, path + ".end", required: false) : null;
}
