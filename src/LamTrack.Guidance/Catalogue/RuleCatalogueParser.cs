using System.Text.Json;
using LamTrack.Measures.Quantities;

namespace LamTrack.Guidance.Catalogue;

/// <summary>Maps the catalogue JSON to <see cref="RuleMetadata"/>, reporting every problem with its record and field.</summary>
internal static class RuleCatalogueParser
{
    public static IReadOnlyList<RuleMetadata> ReadRules(JsonElement root, JsonFieldReader reader)
    {
        Dictionary<string, (string Reference, string Link)> sources = ReadSources(root, reader);
        if (!root.TryGetProperty("rules", out JsonElement array) || array.ValueKind != JsonValueKind.Array)
        {
            reader.Report("document", "rules", "missing or not an array");
            return [];
        }

        var rules = new List<RuleMetadata>();
        var ids = new HashSet<RuleId>();
        int index = 0;
        foreach (JsonElement item in array.EnumerateArray())
        {
            index++;
            RuleMetadata? rule = ReadRule(item, index, sources, reader);
            if (rule is not null && !ids.Add(rule.Id))
            {
                reader.Report($"rule #{index} ({rule.Id})", "id", "duplicate id: an id names exactly one rule");
            }
            else if (rule is not null)
            {
                rules.Add(rule);
            }
        }

        return rules;
    }

    private static Dictionary<string, (string Reference, string Link)> ReadSources(JsonElement root, JsonFieldReader reader)
    {
        var sources = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        if (!root.TryGetProperty("sources", out JsonElement obj) || obj.ValueKind != JsonValueKind.Object)
        {
            reader.Report("document", "sources", "missing or not an object");
            return sources;
        }

        foreach (JsonProperty source in obj.EnumerateObject())
        {
            string? reference = reader.String(source.Value, $"source '{source.Name}'", "reference");
            if (reference is not null)
            {
                sources[source.Name] = (reference, JsonFieldReader.OptionalString(source.Value, "link"));
            }
        }

        return sources;
    }

    private static RuleMetadata? ReadRule(JsonElement item, int index, Dictionary<string, (string Reference, string Link)> sources, JsonFieldReader reader)
    {
        string? idText = item.ValueKind == JsonValueKind.Object ? JsonFieldReader.OptionalString(item, "id") : null;
        string location = $"rule #{index} ({(string.IsNullOrEmpty(idText) ? "no id" : idText)})";
        if (item.ValueKind != JsonValueKind.Object)
        {
            reader.Report(location, "(record)", "not an object");
            return null;
        }

        int before = reader.Problems.Count;
        RuleId id = ReadId(idText, location, reader);
        int version = ReadVersion(item, location, reader);
        string? title = reader.String(item, location, "title");
        RuleCategory? category = reader.Enum<RuleCategory>(item, location, "category");
        Citation? citation = ReadCitation(item, location, sources, reader);
        EvidenceStrength? strength = reader.Enum<EvidenceStrength>(item, location, "strength");
        string? confidence = reader.String(item, location, "confidence");
        ValidityDomain? domain = ReadDomain(item, location, reader);
        return reader.Problems.Count > before
            ? null
            : new RuleMetadata(id, version, title!, category!.Value, citation!, strength!.Value, confidence!, domain!);
    }

    private static RuleId ReadId(string? text, string location, JsonFieldReader reader)
    {
        if (string.IsNullOrEmpty(text))
        {
            reader.Report(location, "id", "missing");
        }
        else if (!RuleId.TryParse(text, out RuleId id))
        {
            reader.Report(location, "id", $"'{text}' is not of the form LAM-AAA-999");
        }
        else
        {
            return id;
        }

        return default;
    }

    private static int ReadVersion(JsonElement item, string location, JsonFieldReader reader)
    {
        double? version = reader.Number(item, location, "version");
        if (version is { } v && (v < 1 || v != Math.Floor(v) || v > int.MaxValue))
        {
            reader.Report(location, "version", $"{v} is not a whole number ≥ 1");
            return 0;
        }

        return (int)(version ?? 0);
    }

    private static Citation? ReadCitation(JsonElement item, string location, Dictionary<string, (string Reference, string Link)> sources, JsonFieldReader reader)
    {
        if (reader.Object(item, location, "citation") is not { } citation)
        {
            return null;
        }

        string? key = reader.String(citation, location, "citation.source");
        string? locator = reader.String(citation, location, "citation.locator");
        string? tagText = reader.String(citation, location, "citation.tag");
        if (key is not null && !sources.ContainsKey(key))
        {
            reader.Report(location, "citation.source", $"'{key}' is not a key of 'sources'");
            return null;
        }

        VerificationTag tag = VerificationTag.Unverified;
        if (tagText is not null && !VerificationTags.TryParse(tagText, out tag))
        {
            reader.Report(location, "citation.tag", $"'{tagText}' is not one of P, L, L/S, S, UNVERIFIED");
            return null;
        }

        if (key is null || locator is null || tagText is null)
        {
            return null;
        }

        return new Citation(sources[key].Reference, locator, sources[key].Link, tag);
    }

    private static ValidityDomain? ReadDomain(JsonElement item, string location, JsonFieldReader reader)
    {
        if (reader.Object(item, location, "domain") is not { } domain)
        {
            return null;
        }

        string? description = reader.String(domain, location, "domain.description");
        bool? femaleOnly = reader.Boolean(domain, location, "domain.femaleOnly");
        double? minAge = reader.Number(domain, location, "domain.minimumAgeYears");
        double? maxAge = reader.Number(domain, location, "domain.maximumAgeYears");
        bool? requiresDiagnosis = reader.Boolean(domain, location, "domain.requiresLamDiagnosis");
        if (minAge is { } lo && maxAge is { } hi && (lo < Age.MinimumYears || hi > Age.MaximumYears || lo > hi))
        {
            reader.Report(location, "domain.minimumAgeYears", $"age range [{lo}, {hi}] years is not within [0, 130] with minimum ≤ maximum");
            return null;
        }

        return description is null || femaleOnly is null || minAge is null || maxAge is null || requiresDiagnosis is null
            ? null
            : new ValidityDomain(description, femaleOnly.Value, Age.FromYears(minAge.Value), Age.FromYears(maxAge.Value), requiresDiagnosis.Value);
    }
}
