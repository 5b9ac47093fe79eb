using System.Security.Cryptography;
using System.Text;
using Hl7.Fhir.Model;
using LamTrack.Fhir.Mapping;
using LamTrack.Fhir.Mapping.Ehr;
using LamTrack.Fhir.Serialization;

namespace LamTrack.Fhir.Import;

/// <summary>The resources that can refer to each other: one Bundle, or all NDJSON files of an input. Resolves
/// references to keys (<c>Type/id</c>, or a <c>urn:uuid</c> fullUrl) and keeps one draft per patient.</summary>
internal sealed class ImportScope
{
    private readonly Dictionary<string, string> _fullUrls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (byte[] Digest, ImportLocation Where)> _patients = new(StringComparer.Ordinal);

    public ImportScope(string name, ImportProblemList problems, EhrSettings? ehr = null)
    {
        Name = name;
        Mapper = new ResourceMapper(problems, Resolve, DraftFor, ehr ?? EhrSettings.Default());
    }

    public string Name { get; }

    public ResourceMapper Mapper { get; }

    public Dictionary<string, PatientDraft> Drafts { get; } = new(StringComparer.Ordinal);

    /// <summary>Registers a Bundle entry's fullUrl so that references to it resolve to the resource's key.</summary>
    public string KeyOf(Resource resource, string? fullUrl)
    {
        string key = resource.Id is null ? fullUrl ?? $"{resource.TypeName}/(no id)" : $"{resource.TypeName}/{resource.Id}";
        if (fullUrl is not null)
        {
            _fullUrls[fullUrl] = key;
        }

        return key;
    }

    /// <summary>Where the first Patient read under <paramref name="key"/> was, and whether this one has the same content,
    /// when this one repeats it; otherwise remembers where this one was and a digest of its content.</summary>
    public (bool SameContent, ImportLocation Where)? RepeatOf(Patient patient, string key, ImportLocation where)
    {
        byte[] digest = ContentDigest(patient);
        if (_patients.TryGetValue(key, out var first))
        {
            return (first.Digest.AsSpan().SequenceEqual(digest), first.Where);
        }

        _patients.Add(key, (digest, where));
        return null;
    }

    // A digest, not the parsed resource: an export's every Patient kept as the SDK's object tree for the length of the
    // import held hundreds of megabytes at registry size (docs/benchmarks.md). The serializer writes a resource's
    // elements in the model's order whatever order the input had, so two Patients with the same content give the same
    // text, and equal SHA-256 digests of it (FIPS 180-4) mean the same content.
    private static byte[] ContentDigest(Patient patient) =>
        SHA256.HashData(Encoding.UTF8.GetBytes(FhirJson.ToCompactJson(patient)));

    /// <summary>The key a reference names; <see langword="null"/> for a conditional or empty reference.</summary>
    public string? Resolve(string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference) || reference.Contains('?', StringComparison.Ordinal))
        {
            return null;
        }

        if (_fullUrls.TryGetValue(reference, out string? key))
        {
            return key;
        }

        if (reference.StartsWith("urn:", StringComparison.Ordinal))
        {
            return reference;
        }

        // Relative "Type/id" or absolute "[base]/Type/id[/_history/v]": the key is the last Type/id pair.
        string[] parts = reference.Split('/', StringSplitOptions.RemoveEmptyEntries);
        int history = Array.IndexOf(parts, "_history");
        int end = history >= 0 ? history : parts.Length;
        return end >= 2 ? $"{parts[end - 2]}/{parts[end - 1]}" : null;
    }

    private PatientDraft DraftFor(string key)
    {
        if (!Drafts.TryGetValue(key, out PatientDraft? draft))
        {
            draft = new PatientDraft(key);
            Drafts.Add(key, draft);
        }

        return draft;
    }
}
