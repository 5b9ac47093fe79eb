using System.Text.Json.Nodes;

namespace LamTrack.Fhir.Tests.Serialization;

/// <summary>Makes many broken (and some still valid) variants of a FHIR resource's JSON, one change each: renamed,
/// re-cased or removed elements, values of the wrong kind or with bad literals, arrays where single values belong and
/// the reverse, nulls in arrays, empty objects, stray primitive extensions, wrong resource types.</summary>
internal static class JsonMutator
{
    // Replacement values: wrong JSON kinds, bad literals for dates, decimals, ids, uris, codes and oids.
    private static readonly string[] s_values =
    [
        "null", "{}", "[]", "\"\"", "\" \"", "\"x\"", "1", "1.5", "-1", "true", "\"2014-13-45\"", "\"2014-02-30T25:00:00Z\"",
        "\"femal\"", "\"a  b\"", "\"http://bad uri\"", "\"urn:oid:abc\"", "\"urn:uuid:zzz\"", "12345678901234567890123",
        "\"12\"", "{\"foo\":1}", "{\"extension\":[]}", "[null]", "[1]", "{\"value\":\"x\"}",
    ];

    /// <summary>Every single-change variant of <paramref name="json"/> (a resource object).</summary>
    public static IEnumerable<string> Mutants(string json)
    {
        JsonObject root = JsonNode.Parse(json)!.AsObject();
        var mutants = new List<string>();
        foreach (JsonObject target in Objects(root))
        {
            foreach (string name in target.Select(p => p.Key).ToList())
            {
                mutants.AddRange(Renames(name).Select(renamed => Mutate(root, target, o => Rename(o, name, renamed))));
                mutants.Add(Mutate(root, target, o => o.Remove(name)));
                mutants.AddRange(s_values.Select(value => Mutate(root, target, o => o[name] = JsonNode.Parse(value))));
                mutants.AddRange(Reshapes(target[name]).Select(reshaped => Mutate(root, target, o => o[name] = reshaped)));
                mutants.Add(Mutate(root, target, o => o["_" + name] = JsonNode.Parse("{\"foo\":1}")));
            }

            mutants.Add(Mutate(root, target, o => o["resourceType"] = "Patient"));
        }

        mutants.Add(Mutate(root, root, o => o["resourceType"] = o["resourceType"]!.GetValue<string>().ToLowerInvariant()));
        mutants.Add(Mutate(root, root, o => o["resourceType"] = "Foo"));
        mutants.Add(Mutate(root, root, o => o["contained"] = JsonNode.Parse("""[{"resourceType":"Basic","id":"c1","code":{"text":"x"},"contained":[{"resourceType":"Basic","id":"c2","code":{"text":"y"}}]}]""")));
        return mutants;
    }

    private static IEnumerable<string> Renames(string name)
    {
        string bare = name.TrimStart('_');
        string prefix = name.StartsWith('_') ? "_" : string.Empty;
        string[] candidates =
        [
            prefix + "foo" + bare,
            prefix + char.ToUpperInvariant(bare[0]) + bare[1..],
            prefix + bare.ToLowerInvariant(),
            prefix + bare.ToUpperInvariant(),
            // A choice element's type suffix in the wrong case: valueQuantity -> valueQUANTITY.
            prefix + bare[..(FirstUpper(bare) ?? bare.Length)] + bare[(FirstUpper(bare) ?? bare.Length)..].ToUpperInvariant(),
            // Another registry's near miss: bodySite <-> bodysite (ChargeItem has the lower-case one).
            prefix + (bare == "bodySite" ? "bodysite" : bare == "subType" ? "subtype" : bare),
        ];
        return candidates.Where(c => c != name).Distinct(StringComparer.Ordinal);
    }

    private static int? FirstUpper(string name)
    {
        int at = name.AsSpan(1).IndexOfAnyInRange('A', 'Z');
        return at < 0 ? null : at + 1;
    }

    private static IEnumerable<JsonNode?> Reshapes(JsonNode? value)
    {
        if (value is JsonArray array)
        {
            yield return array.Count > 0 ? array[0]?.DeepClone() : null;
            yield return new JsonArray([.. array.Select(a => a?.DeepClone()), null]);
            yield return new JsonArray([.. array.Select(a => a?.DeepClone()), .. array.Select(a => a?.DeepClone())]);
        }
        else if (value is not null)
        {
            yield return new JsonArray(value.DeepClone());
            yield return new JsonArray(value.DeepClone(), value.DeepClone());
            if (value is JsonValue scalar && scalar.TryGetValue(out string? text))
            {
                yield return text + "x";
                yield return " " + text;
                yield return text.ToUpperInvariant();
            }
            else if (value is JsonValue number && number.TryGetValue(out decimal d))
            {
                yield return d.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }

    private static void Rename(JsonObject target, string name, string renamed)
    {
        if (target.ContainsKey(renamed))
        {
            return;
        }

        JsonNode? value = target[name];
        target.Remove(name);
        target[renamed] = value;
    }

    /// <summary>Applies <paramref name="change"/> to <paramref name="target"/> (an object inside <paramref name="root"/>),
    /// serializes the result and undoes the change by putting the same child nodes back (not copies: the objects
    /// collected for later mutations must stay attached to the root).</summary>
    private static string Mutate(JsonObject root, JsonObject target, Action<JsonObject> change)
    {
        var saved = target.Select(p => (p.Key, p.Value)).ToList();
        change(target);
        string text = root.ToJsonString();
        target.Clear();
        foreach ((string key, JsonNode? value) in saved)
        {
            target[key] = value;
        }

        return text;
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            yield return obj;
            foreach (JsonObject inner in obj.Select(p => p.Value).SelectMany(Objects).ToList())
            {
                yield return inner;
            }
        }
        else if (node is JsonArray array)
        {
            foreach (JsonObject inner in array.SelectMany(Objects).ToList())
            {
                yield return inner;
            }
        }
    }
}
