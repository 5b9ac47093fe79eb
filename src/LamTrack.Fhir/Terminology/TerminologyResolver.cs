using System.Collections.Frozen;
using System.Text.Json;
using Hl7.Fhir.Model;

namespace LamTrack.Fhir.Terminology;

/// <summary>Resolves codes of other systems (SNOMED CT, LOINC, RxNorm, ATC, ICD-10(-CM), CPT, HL7) to LamTrack concepts,
/// from the terminology table in <c>terminology/*.json</c>; import reads every row, export writes the rows marked
/// <c>export</c>.</summary>
/// <remarks>
/// The table is data: a site adds a code by adding a row, with its source. Each row carries how the code was verified;
/// an unverified row still maps (so that real data is not lost) and every event it maps says so in its provenance.
/// Co-medication agents are named as in <c>models/interactions.json</c> (name or alias), so that an interaction rule
/// finds the agent under the name it uses.
/// </remarks>
public sealed class TerminologyResolver
{
    /// <summary>The folder, next to the binaries, that holds the terminology files.</summary>
    public const string FolderName = "terminology";

    private static readonly Lazy<TerminologyResolver> s_default = new(() => Load(
        Path.Combine(AppContext.BaseDirectory, FolderName), Path.Combine(AppContext.BaseDirectory, "models", "interactions.json")));

    private readonly FrozenDictionary<string, TerminologyRow[]> _byToken;
    private readonly FrozenSet<string> _codes;
    private readonly FrozenDictionary<string, TerminologyCode[]> _exported;
    private readonly (string Word, string Concept)[] _names;

    private TerminologyResolver(IReadOnlyList<TerminologyRow> rows, IReadOnlyDictionary<string, string> sources, IEnumerable<(string Word, string Concept)> names)
    {
        Rows = rows;
        Sources = sources;
        _byToken = rows.GroupBy(r => Token(r.Code.System, r.Code.Code), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _codes = rows.Select(r => r.Code.Code).ToFrozenSet(StringComparer.Ordinal);
        _exported = rows.Where(r => r.Export).GroupBy(r => r.Concept, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(r => r.Code).ToArray(), StringComparer.Ordinal);
        _names = [.. names.DistinctBy(n => n.Word, StringComparer.OrdinalIgnoreCase).OrderByDescending(n => n.Word.Length)];
    }

    /// <summary>The resolver of the table shipped next to the binaries (<c>terminology/</c> and <c>models/interactions.json</c>).</summary>
    /// <exception cref="InvalidDataException">A terminology file is missing or malformed.</exception>
    public static TerminologyResolver Default => s_default.Value;

    /// <summary>Every row, in file then row order.</summary>
    public IReadOnlyList<TerminologyRow> Rows { get; }

    /// <summary>The sources the rows cite, by key.</summary>
    public IReadOnlyDictionary<string, string> Sources { get; }

    /// <summary>The words that name a concept in free text (the table's <c>names</c>, and the agents' names and aliases).</summary>
    public IReadOnlyList<(string Word, string Concept)> Names => _names;

    /// <summary>Reads every <c>*.json</c> file of a folder, and the agent names and aliases of an interaction table.</summary>
    /// <param name="folder">The terminology folder.</param>
    /// <param name="interactionsFile">The interaction table (<c>models/interactions.json</c>); skipped when it does not exist.</param>
    /// <exception cref="InvalidDataException">No file, or a file or row that is malformed (named in the message).</exception>
    public static TerminologyResolver Load(string folder, string? interactionsFile)
    {
        string[] files = Directory.Exists(folder) ? [.. Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal)] : [];
        if (files.Length == 0)
        {
            throw new InvalidDataException($"no terminology file in '{folder}'");
        }

        var rows = new List<TerminologyRow>();
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new List<(string, string)>();
        foreach (string file in files)
        {
            TerminologyFileReader.Read(file, rows, sources, names);
        }

        names.AddRange(InteractionAgents.Read(interactionsFile));
        return new TerminologyResolver(rows, sources, names);
    }

    /// <summary>The rows of a code (several when one code stands for a concept in two tables, which the table avoids).</summary>
    public TerminologyRow? Resolve(string? system, string? code) =>
        system is not null && code is not null && _byToken.TryGetValue(Token(system, code), out TerminologyRow[]? rows) ? rows[0] : null;

    /// <summary>The first coding of a concept that the table maps, honouring each row's <see cref="TerminologyRow.TextMustName"/>.</summary>
    public TerminologyRow? Resolve(CodeableConcept? concept)
    {
        foreach (Coding coding in concept?.Coding ?? [])
        {
            TerminologyRow? row = Resolve(coding.System, coding.Code);
            if (row is not null && (row.TextMustName.Count == 0 || NamesAny(row.TextMustName, concept!.Text, coding.Display)))
            {
                return row;
            }
        }

        return null;
    }

    /// <summary>Whether any row has this code (in any system): the cheap test the bulk reader makes before a full parse.</summary>
    public bool IsKnownCode(string code) => _codes.Contains(code);

    /// <summary>The codes of every row, for a look-up without allocation.</summary>
    public FrozenSet<string> Codes => _codes;

    /// <summary>The first coding export writes for a concept, or <see langword="null"/> when the concept has none.</summary>
    public TerminologyCode? ExportCode(string concept) => _exported.GetValueOrDefault(concept)?[0];

    /// <summary>Every coding export writes for a concept (a primary code, then secondary codes such as ICD-10-CM), in
    /// table order; empty when the concept has none.</summary>
    public IReadOnlyList<TerminologyCode> ExportCodes(string concept) => _exported.GetValueOrDefault(concept) ?? [];

    /// <summary>The concept a free text names (a whole word, case-insensitive; the longest name first), or <see langword="null"/>.</summary>
    public string? ConceptNamedIn(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        foreach ((string word, string concept) in _names)
        {
            if (ContainsWord(text, word))
            {
                return concept;
            }
        }

        return null;
    }

    /// <summary>The agent (<c>agent:name</c>) a name or alias stands for, as written in the interaction table.</summary>
    public string? AgentOf(string? name) =>
        _names.FirstOrDefault(n => string.Equals(n.Word, name?.Trim(), StringComparison.OrdinalIgnoreCase)).Concept;

    private static bool NamesAny(IReadOnlyList<string> words, params string?[] texts) =>
        texts.Any(t => t is not null && words.Any(w => ContainsWord(t, w)));

    private static bool ContainsWord(string text, string word)
    {
        int at = 0;
        while ((at = text.IndexOf(word, at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            int end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }

            at = end;
        }

        return false;
    }

    private static string Token(string system, string code) => system + "|" + code;
}
