using System.Text;
using System.Text.Json.Nodes;

namespace LamTrack.Web.Api;

/// <summary>Reads a FHIR export folder back as one response body: NDJSON files joined, or Bundles merged into one.</summary>
public static class ExportFiles
{
    /// <summary>Every <c>*.ndjson</c> file of <paramref name="folder"/>, in name order, as one NDJSON text (one resource a line).</summary>
    public static string Ndjson(string folder)
    {
        var text = new StringBuilder();
        foreach (string file in Directory.EnumerateFiles(folder, "*.ndjson").Order(StringComparer.Ordinal))
        {
            foreach (string line in File.ReadLines(file).Where(l => l.Length > 0))
            {
                text.Append(line).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>The entries of every Bundle file of <paramref name="folder"/> (one per patient) in one collection Bundle.</summary>
    public static string OneBundle(string folder)
    {
        var entries = new JsonArray();
        foreach (string file in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (JsonNode.Parse(File.ReadAllText(file)) is JsonObject { } bundle && (string?)bundle["resourceType"] == "Bundle" && bundle["entry"] is JsonArray entry)
            {
                foreach (JsonNode? item in entry)
                {
                    entries.Add(item?.DeepClone());
                }
            }
        }

        return new JsonObject { ["resourceType"] = "Bundle", ["type"] = "collection", ["entry"] = entries }.ToJsonString();
    }
}
