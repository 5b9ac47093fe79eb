using System.Reflection;
using System.Text.Json;

namespace LamTrack.Guidance.Catalogue;

/// <summary>The validated list of guidance rules: ids, versions, titles, citations, strengths and validity domains.</summary>
/// <remarks>
/// The metadata is data (<c>rules.json</c>, embedded in the assembly) so that a clinician can review it without
/// reading code. It is validated when loaded: a duplicate id, a malformed id, a missing citation, an unknown source
/// key or verification tag are each reported with the record and field, and loading fails as a whole.
/// </remarks>
public sealed class RuleCatalogue
{
    private const string EmbeddedName = "LamTrack.Guidance.rules.json";
    private readonly Dictionary<RuleId, RuleMetadata> _byId;

    private RuleCatalogue(IReadOnlyList<RuleMetadata> rules)
    {
        Rules = rules;
        _byId = rules.ToDictionary(r => r.Id);
    }

    /// <summary>Every rule, in catalogue order.</summary>
    public IReadOnlyList<RuleMetadata> Rules { get; }

    /// <summary>Loads and validates the catalogue shipped in the assembly.</summary>
    /// <exception cref="RuleCatalogueException">The embedded catalogue is missing or invalid.</exception>
    public static RuleCatalogue LoadEmbedded()
    {
        using Stream? stream = typeof(RuleCatalogue).Assembly.GetManifestResourceStream(EmbeddedName)
            ?? throw new RuleCatalogueException($"{EmbeddedName}: embedded resource not found in {typeof(RuleCatalogue).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "rules.json");
    }

    /// <summary>Parses and validates a catalogue document.</summary>
    /// <param name="json">The catalogue, with a <c>sources</c> object and a <c>rules</c> array.</param>
    /// <param name="sourceName">The file name used in problem messages.</param>
    /// <exception cref="RuleCatalogueException">The document is not valid JSON or breaks a catalogue rule; every problem is listed.</exception>
    public static RuleCatalogue Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        using JsonDocument document = ParseDocument(json, sourceName);
        var reader = new JsonFieldReader(sourceName);
        IReadOnlyList<RuleMetadata> rules = RuleCatalogueParser.ReadRules(document.RootElement, reader);
        if (reader.Problems.Count > 0)
        {
            throw new RuleCatalogueException(reader.Problems);
        }

        return new RuleCatalogue(rules);
    }

    /// <summary>The metadata of one rule.</summary>
    /// <exception cref="RuleCatalogueException">No rule has this id.</exception>
    public RuleMetadata Get(RuleId id) =>
        _byId.TryGetValue(id, out RuleMetadata? rule) ? rule : throw new RuleCatalogueException($"unknown rule id '{id}': not in the rule catalogue");

    /// <summary>The metadata of one rule, looked up by its text.</summary>
    /// <exception cref="RuleCatalogueException">The text is not a rule id or no rule has it.</exception>
    public RuleMetadata Get(string id) =>
        RuleId.TryParse(id, out RuleId parsed) ? Get(parsed) : throw new RuleCatalogueException($"unknown rule id '{id}': not of the form LAM-AAA-999");

    /// <summary>Whether the catalogue holds <paramref name="id"/>.</summary>
    public bool Contains(RuleId id) => _byId.ContainsKey(id);

    /// <summary>Checks that the implemented rules and the catalogue match one to one.</summary>
    /// <remarks>An implemented rule missing from the catalogue has no citation; a catalogue entry without an implementation would be listed but never evaluated. Both are start-up errors.</remarks>
    /// <exception cref="RuleCatalogueException">An id is unknown, implemented twice, or not implemented; every one is listed.</exception>
    public void RequireImplementations(IEnumerable<RuleId> implemented)
    {
        ArgumentNullException.ThrowIfNull(implemented);
        var problems = new List<string>();
        var seen = new HashSet<RuleId>();
        foreach (RuleId id in implemented)
        {
            if (!seen.Add(id))
            {
                problems.Add($"rule '{id}' is implemented twice");
            }
            else if (!Contains(id))
            {
                problems.Add($"unknown rule id '{id}': implemented but not in the rule catalogue (no citation)");
            }
        }

        problems.AddRange(Rules.Where(r => !seen.Contains(r.Id)).Select(r => $"rule '{r.Id}' is in the catalogue but not implemented"));
        if (problems.Count > 0)
        {
            throw new RuleCatalogueException(problems);
        }
    }

    private static JsonDocument ParseDocument(string json, string sourceName)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new RuleCatalogueException($"{sourceName}: line {ex.LineNumber + 1}: not valid JSON: {ex.Message}", ex);
        }
    }
}
