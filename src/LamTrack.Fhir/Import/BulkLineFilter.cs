using System.Collections.Frozen;
using System.Text;
using LamTrack.Fhir.Ndjson;
using LamTrack.Fhir.Terminology;

namespace LamTrack.Fhir.Import;

/// <summary>Skips the resources of a bulk export that LamTrack would not use, before a full parse: resource types it
/// does not read, resources of patients a cohort rule left out, and resources none of whose codes is in the terminology
/// table or LamTrack's code tables. Each skipped resource is counted (by type and code, or as left out).</summary>
/// <remarks>Safe to call from the parallel reader. A line whose values cannot be found cheaply is kept, so the filter
/// never drops a resource the mapping would have used; it only saves the parse of those it certainly would not.</remarks>
internal sealed class BulkLineFilter
{
    private static readonly FrozenSet<string> s_kept = FrozenSet.Create(StringComparer.Ordinal, "Patient", "Provenance", "Medication");
    private static readonly FrozenSet<string> s_coded = FrozenSet.Create(StringComparer.Ordinal, "Observation", "Condition", "Procedure", "Encounter",
        "MedicationRequest", "MedicationStatement", "MedicationAdministration", "MedicationDispense", "AdverseEvent");

    private static readonly FrozenSet<string> s_types = Hl7.Fhir.Model.ModelInfo.SupportedResources.ToFrozenSet(StringComparer.Ordinal);
    private static readonly byte[] s_lamTrack = "fhir.lamtrack.org"u8.ToArray();
    private static readonly byte[] s_codeElement = "\"code\":{"u8.ToArray();
    private static readonly byte[] s_classElement = "\"class\":{"u8.ToArray();
    private static readonly byte[] s_medicationElement = "\"medicationCodeableConcept\":{"u8.ToArray();

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _codes;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>? _selected;
    private readonly byte[][] _names;
    private readonly UnusedTally _unused;
    private long _leftOut;
    private long _patientsLeftOut;

    public BulkLineFilter(TerminologyResolver terminology, UnusedTally unused, IEnumerable<string>? selectedPatients)
    {
        _codes = terminology.Codes.Concat(CodeTables.All.Select(c => c.Code)).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _selected = selectedPatients?.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _names = [.. terminology.Names.Select(n => Encoding.UTF8.GetBytes(n.Word.ToLowerInvariant()))];
        _unused = unused;
    }

    /// <summary>Resources skipped because their patient was left out of the cohort.</summary>
    public long LeftOut => Interlocked.Read(ref _leftOut);

    /// <summary>Patient resources skipped because the cohort rule left the patient out.</summary>
    public long PatientsLeftOut => Interlocked.Read(ref _patientsLeftOut);

    /// <summary>Whether to parse the line.</summary>
    public bool Keep(ReadOnlySpan<byte> line)
    {
        string? type = Known(s_types, ResourcePeek.ResourceType(line));
        if (type == "Patient" && _selected is not null && !SelectedPatient(line))
        {
            Interlocked.Increment(ref _patientsLeftOut);
            return false;
        }

        if (type is null || s_kept.Contains(type) || line.IndexOf(s_lamTrack) >= 0)
        {
            return true;
        }

        if (_selected is not null && !Selected(line))
        {
            Interlocked.Increment(ref _leftOut);
            return false;
        }

        if (!s_coded.Contains(type))
        {
            _unused.Count(type, string.Empty);
            return false;
        }

        if (ResourcePeek.AnyCode(line, IsKnownCode) || (type.StartsWith("Medication", StringComparison.Ordinal) && NamesADrug(line)))
        {
            return true;
        }

        _unused.Count(type, ResourcePeek.FirstCoding(line, type switch
        {
            "Encounter" => s_classElement,
            _ when type.StartsWith("Medication", StringComparison.Ordinal) => s_medicationElement,
            _ => s_codeElement,
        }));
        return false;
    }

    // A Patient whose id opens the line (as bulk exports write it) is looked up; any other layout is parsed.
    private bool SelectedPatient(ReadOnlySpan<byte> line)
    {
        ReadOnlySpan<byte> id = ResourcePeek.LeadingPatientId(line);
        if (id.IsEmpty || id.Length > 128)
        {
            return true;
        }

        Span<char> chars = stackalloc char[id.Length + 8];
        "Patient/".CopyTo(chars);
        int n = Encoding.UTF8.GetChars(id, chars[8..]);
        return _selected!.Value.Contains(chars[..(8 + n)]);
    }

    private bool Selected(ReadOnlySpan<byte> line)
    {
        ReadOnlySpan<byte> key = ResourcePeek.ReferenceKeyBytes(ResourcePeek.PatientReference(line));
        if (key.IsEmpty || key.Length > 256)
        {
            return true;
        }

        Span<char> chars = stackalloc char[key.Length];
        int n = Encoding.UTF8.GetChars(key, chars);
        return _selected!.Value.Contains(chars[..n]);
    }

    private bool IsKnownCode(ReadOnlySpan<byte> code)
    {
        if (code.Length > 64)
        {
            return false;
        }

        Span<char> chars = stackalloc char[code.Length];
        int n = Encoding.UTF8.GetChars(code, chars);
        return _codes.Contains(chars[..n]);
    }

    private bool NamesADrug(ReadOnlySpan<byte> line)
    {
        foreach (byte[] name in _names)
        {
            if (ResourcePeek.ContainsIgnoreCase(line, name))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Known(FrozenSet<string> set, ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty || utf8.Length > 64)
        {
            return null;
        }

        Span<char> chars = stackalloc char[utf8.Length];
        int n = Encoding.UTF8.GetChars(utf8, chars);
        return set.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(chars[..n], out string? actual) ? actual : null;
    }
}
