using System.Text.Json;

namespace LamTrack.Fhir.Terminology;

/// <summary>Reads the agent names and aliases of the interaction table (<c>models/interactions.json</c>,
/// <c>perpetrators[].name</c> and <c>aliases</c>), so that co-medications are named as the interaction rules name them.</summary>
internal static class InteractionAgents
{
    public static IEnumerable<(string Word, string Concept)> Read(string? file)
    {
        if (file is null || !File.Exists(file))
        {
            return [];
        }

        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(file));
        if (!document.RootElement.TryGetProperty("perpetrators", out JsonElement perpetrators) || perpetrators.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{Path.GetFileName(file)}: no 'perpetrators' array");
        }

        var names = new List<(string, string)>();
        foreach (JsonElement agent in perpetrators.EnumerateArray())
        {
            string name = agent.GetProperty("name").GetString() ?? throw new InvalidDataException($"{Path.GetFileName(file)}: an agent without a name");
            names.Add((name, "agent:" + name));
            if (agent.TryGetProperty("aliases", out JsonElement aliases))
            {
                names.AddRange(aliases.EnumerateArray().Select(a => a.GetString()).OfType<string>().Select(a => (a, "agent:" + name)));
            }
        }

        return names;
    }
}
