using System.Text.Json;

namespace LamTrack.Fhir.Terminology;

/// <summary>Reads one terminology file into rows, sources and names, naming the file and row of any defect.</summary>
internal static class TerminologyFileReader
{
    public static void Read(string file, List<TerminologyRow> rows, Dictionary<string, string> sources, List<(string Word, string Concept)> names)
    {
        TerminologyFile? content;
        try
        {
            content = JsonSerializer.Deserialize<TerminologyFile>(File.ReadAllText(file));
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{Path.GetFileName(file)}: not valid JSON ({ex.Message})", ex);
        }

        if (content?.Rows is null)
        {
            throw new InvalidDataException($"{Path.GetFileName(file)}: no 'rows'");
        }

        foreach (var (key, citation) in content.Sources ?? [])
        {
            sources[key] = citation;
        }

        foreach (var (concept, words) in content.Names ?? [])
        {
            names.AddRange(words.Select(w => (w, concept)));
        }

        for (int i = 0; i < content.Rows.Count; i++)
        {
            rows.Add(Row(content.Rows[i], $"{Path.GetFileName(file)} rows[{i}]", sources));
        }
    }

    private static TerminologyRow Row(TerminologyFileRow row, string where, Dictionary<string, string> sources)
    {
        if (row.System is null || row.Code is null || row.Display is null || row.Concept is null || !row.Concept.Contains(':', StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{where}: system, code, display and a concept 'kind:name' are required");
        }

        if (row.Source is null || !sources.ContainsKey(row.Source))
        {
            throw new InvalidDataException($"{where}: source '{row.Source}' is not in the file's sources");
        }

        return new TerminologyRow(new TerminologyCode(row.System, row.Code, row.Display, Evidence(row.Evidence, where)), row.Concept, row.Source)
        {
            Export = row.Export ?? false,
            TextMustName = row.TextMustName ?? [],
        };
    }

    private static CodeEvidence Evidence(string? evidence, string where) => evidence switch
    {
        "verified" => CodeEvidence.Verified,
        "one-source" => CodeEvidence.VerifiedOneSource,
        "unverified" => CodeEvidence.Unverified,
        "registry" => CodeEvidence.RegistryLocal,
        _ => throw new InvalidDataException($"{where}: evidence '{evidence}' is not verified, one-source, unverified or registry"),
    };
}
