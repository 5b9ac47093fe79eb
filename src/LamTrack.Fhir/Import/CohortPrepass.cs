using System.Collections.Frozen;
using System.Text;
using Hl7.Fhir.Model;
using LamTrack.Fhir.Ndjson;
using LamTrack.Fhir.Serialization;
using LamTrack.Fhir.Terminology;

namespace LamTrack.Fhir.Import;

/// <summary>Finds the patients of a bulk export that have a LAM Condition, before the main read, so that the resources
/// of every other patient can be skipped without a parse.</summary>
/// <remarks>Reads only the Condition files (<c>Condition*.ndjson</c>; every file when there is none) and parses only the
/// lines that contain a LAM code. The decision for each Condition is the mapping's own (the terminology table, the
/// verification status), which the main read makes again for the patients kept.</remarks>
internal sealed class CohortPrepass
{
    private readonly TerminologyResolver _terminology;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lamCodes;

    public CohortPrepass(TerminologyResolver terminology)
    {
        _terminology = terminology;
        _lamCodes = terminology.Rows.Where(IsLam).Select(r => r.Code.Code).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Patients (<c>Patient/id</c>) with a LAM Condition.</summary>
    public HashSet<string> Candidates { get; } = new(StringComparer.Ordinal);

    /// <summary>Patients with a LAM code but no usable LAM Condition, with the reason.</summary>
    public Dictionary<string, string> Reasons { get; } = new(StringComparer.Ordinal);

    public void Scan(IReadOnlyList<string> ndjsonFiles)
    {
        var conditions = ndjsonFiles.Where(f => Path.GetFileName(f).StartsWith("Condition", StringComparison.OrdinalIgnoreCase)).ToList();
        foreach (string file in conditions.Count > 0 ? conditions : ndjsonFiles)
        {
            ScanFile(file);
        }

        Reasons.Keys.Where(Candidates.Contains).ToList().ForEach(k => Reasons.Remove(k));
    }

    private void ScanFile(string file)
    {
        using Stream raw = File.OpenRead(file);
        using Stream content = file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GzipExpansionGuard(raw) : raw;
        try
        {
            foreach (Utf8Line line in Utf8LineReader.Read(content, null))
            {
                try
                {
                    Look(line);
                }
                finally
                {
                    line.Return();
                }
            }
        }
        catch (Exception ex) when (GzipExpansionGuard.Unwrap(ex) is not null)
        {
            // Not gzip, or a decompression bomb: the main read of the same file reports it as a located problem.
        }
    }

    private void Look(Utf8Line line)
    {
        if (!ResourcePeek.ResourceType(line.Bytes).SequenceEqual("Condition"u8) || !ResourcePeek.AnyCode(line.Bytes, IsLamCode))
        {
            return;
        }

        var ignored = new ImportProblemList();
        if (FhirJson.TryParse(line.Bytes, ImportLocation.OfFile("prepass"), ignored) is not Hl7.Fhir.Model.Condition c
            || ResourcePeek.ReferenceKey(Encoding.UTF8.GetBytes(c.Subject?.Reference ?? string.Empty)) is not string patient)
        {
            return;
        }

        string? verification = c.VerificationStatus?.Coding.FirstOrDefault()?.Code;
        TerminologyRow? row = _terminology.Resolve(c.Code);
        if (verification is "refuted" or "entered-in-error")
        {
            Reasons.TryAdd(patient, CohortReasons.LamRefuted);
        }
        else if (row is not null && IsLam(row))
        {
            Candidates.Add(patient);
        }
        else
        {
            Reasons.TryAdd(patient, CohortReasons.LamTextMissing);
        }
    }

    private bool IsLamCode(ReadOnlySpan<byte> code)
    {
        Span<char> chars = stackalloc char[Math.Min(code.Length, 64)];
        int n = Encoding.UTF8.GetChars(code[..chars.Length], chars);
        return _lamCodes.Contains(chars[..n]);
    }

    private static bool IsLam(TerminologyRow row) => row.Concept is "condition:lam" or "condition:tsc-lam";
}
