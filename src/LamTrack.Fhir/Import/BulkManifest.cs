using System.Text.Json;

namespace LamTrack.Fhir.Import;

/// <summary>Reads the file list of a bulk-data manifest (<c>manifest.json</c>, as the FHIR Bulk Data Access
/// specification shapes it: <c>output[].url</c>).</summary>
/// <remarks>
/// LamTrack's own manifests list relative file names. A server's manifest lists absolute URLs; a folder downloaded from
/// one holds each file under the last segment of its URL, which is what is read. A name that would leave the folder
/// (a path separator, <c>..</c>) is refused.
/// </remarks>
internal static class BulkManifest
{
    /// <summary>The file names the manifest lists, in its order; null (with a problem added) when it cannot be read.</summary>
    public static IReadOnlyList<string>? Read(string manifestPath, ImportProblemList problems)
    {
        var where = ImportLocation.OfFile(Path.GetFileName(manifestPath));
        try
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(manifestPath));
            if (!document.RootElement.TryGetProperty("output", out JsonElement output) || output.ValueKind != JsonValueKind.Array)
            {
                problems.Add(ImportIssueCodes.MissingElement, where.At("output"), "the manifest has no output array");
                return null;
            }

            var names = new List<string>();
            foreach (JsonElement entry in output.EnumerateArray())
            {
                string? name = FileNameOf(entry);
                if (name is null)
                {
                    problems.Add(ImportIssueCodes.MissingElement, where.At("output.url"), "an output entry has no usable url (a file name inside the folder)");
                    return null;
                }

                names.Add(name);
            }

            return names;
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            problems.Add(ImportIssueCodes.MalformedJson, where, $"the manifest cannot be read: {ex.Message}");
            return null;
        }
    }

    private static string? FileNameOf(JsonElement entry)
    {
        if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("url", out JsonElement url) || url.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        string text = url.GetString() ?? string.Empty;
        string name = Uri.TryCreate(text, UriKind.Absolute, out Uri? absolute) && !absolute.IsFile ? absolute.Segments[^1] : text;
        bool inside = name.Length > 0 && name != "." && name != ".." && name.IndexOfAny(['/', '\\']) < 0;
        return inside ? name : null;
    }
}
