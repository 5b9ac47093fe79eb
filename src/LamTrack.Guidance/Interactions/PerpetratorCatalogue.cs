using System.Text.Json;
using LamTrack.Guidance.Catalogue;

namespace LamTrack.Guidance.Interactions;

/// <summary>The list of drugs that change sirolimus exposure, from the label (embedded <c>perpetrators.json</c>).</summary>
/// <remarks>Validated when loaded: a missing name, an unknown effect, strength or tag, or a name listed twice is an error naming the entry.</remarks>
public sealed class PerpetratorCatalogue
{
    private const string EmbeddedName = "LamTrack.Guidance.perpetrators.json";

    private PerpetratorCatalogue(IReadOnlyList<Perpetrator> perpetrators, Citation source)
    {
        Perpetrators = perpetrators;
        Source = source;
    }

    /// <summary>Every listed perpetrator.</summary>
    public IReadOnlyList<Perpetrator> Perpetrators { get; }

    /// <summary>The label the list comes from.</summary>
    public Citation Source { get; }

    /// <summary>Loads and validates the list shipped in the assembly.</summary>
    /// <exception cref="RuleCatalogueException">The embedded list is missing or invalid.</exception>
    public static PerpetratorCatalogue LoadEmbedded()
    {
        using Stream? stream = typeof(PerpetratorCatalogue).Assembly.GetManifestResourceStream(EmbeddedName)
            ?? throw new RuleCatalogueException($"{EmbeddedName}: embedded resource not found");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "perpetrators.json");
    }

    /// <summary>Parses and validates a perpetrator list.</summary>
    /// <exception cref="RuleCatalogueException">The document is invalid; every problem is listed with its entry.</exception>
    public static PerpetratorCatalogue Parse(string json, string sourceName)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        var reader = new JsonFieldReader(sourceName);
        JsonElement root = document.RootElement;
        Citation source = ReadSource(root, reader);
        var list = new List<Perpetrator>();
        int index = 0;
        foreach (JsonElement item in root.TryGetProperty("perpetrators", out JsonElement a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : Enumerable.Empty<JsonElement>())
        {
            index++;
            if (ReadPerpetrator(item, $"perpetrator #{index}", reader) is { } p)
            {
                if (list.Any(existing => existing.Matches(p.Name) || p.Aliases.Any(existing.Matches)))
                {
                    reader.Report($"perpetrator #{index} ({p.Name})", "name", "listed twice");
                }

                list.Add(p);
            }
        }

        return reader.Problems.Count > 0 || list.Count == 0
            ? throw new RuleCatalogueException(reader.Problems.Count > 0 ? reader.Problems : [$"{sourceName}: no perpetrators listed"])
            : new PerpetratorCatalogue(list, source);
    }

    /// <summary>The perpetrator named by <paramref name="medication"/>, or <see langword="null"/> when it is not listed.</summary>
    public Perpetrator? Find(string medication) => Perpetrators.FirstOrDefault(p => p.Matches(medication));

    private static Citation ReadSource(JsonElement root, JsonFieldReader reader)
    {
        JsonElement source = root.TryGetProperty("source", out JsonElement s) ? s : default;
        string reference = source.ValueKind == JsonValueKind.Object ? reader.String(source, "document", "source.reference") ?? "?" : "?";
        string link = source.ValueKind == JsonValueKind.Object ? JsonFieldReader.OptionalString(source, "link") : string.Empty;
        return new Citation(reference, "section 7", link, VerificationTag.Label);
    }

    private static Perpetrator? ReadPerpetrator(JsonElement item, string location, JsonFieldReader reader)
    {
        int before = reader.Problems.Count;
        string? name = reader.String(item, location, "name");
        string? effect = reader.String(item, location, "effect");
        string? strength = reader.String(item, location, "strength");
        string? tagText = reader.String(item, location, "tag");
        string note = JsonFieldReader.OptionalString(item, "note");
        string[] aliases = item.TryGetProperty("aliases", out JsonElement al) && al.ValueKind == JsonValueKind.Array
            ? al.EnumerateArray().Select(x => x.GetString() ?? string.Empty).Where(x => x.Length > 0).ToArray()
            : [];
        InteractionEffect? e = effect switch { "inducer" => InteractionEffect.Inducer, "inhibitor" => InteractionEffect.Inhibitor, _ => null };
        PerpetratorStrength? st = strength switch { "strong" => PerpetratorStrength.Strong, "moderate-or-unknown" => PerpetratorStrength.ModerateOrUnknown, _ => null };
        bool tagOk = VerificationTags.TryParse(tagText, out VerificationTag tag);
        ReportIf(e is null && effect is not null, reader, location, "effect", $"'{effect}' is not inducer or inhibitor");
        ReportIf(st is null && strength is not null, reader, location, "strength", $"'{strength}' is not strong or moderate-or-unknown");
        ReportIf(!tagOk && tagText is not null, reader, location, "tag", $"'{tagText}' is not one of P, L, L/S, S, UNVERIFIED");
        return reader.Problems.Count > before ? null : new Perpetrator(name!.ToLowerInvariant(), aliases, e!.Value, st!.Value, tag, note);
    }

    private static void ReportIf(bool condition, JsonFieldReader reader, string location, string field, string reason)
    {
        if (condition)
        {
            reader.Report(location, field, reason);
        }
    }
}
