using System.Text.Json;

namespace LamTrack.Fhir.Bundles;

/// <summary>Finds the 1-based line on which each <c>entry[i]</c> of a Bundle JSON file starts, so that problems
/// can name a line people can open in an editor (the FHIR POCO keeps no positions).</summary>
internal static class BundleEntryLines
{
    /// <summary>The start line of each entry, in order; empty when the JSON cannot be scanned.</summary>
    public static IReadOnlyList<int> Find(ReadOnlySpan<byte> utf8)
    {
        var lines = new List<int>();
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            bool inEntries = false;
            while (reader.Read())
            {
                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
                {
                    inEntries = reader.ValueTextEquals("entry"u8);
                }
                else if (inEntries && reader.CurrentDepth == 2 && reader.TokenType == JsonTokenType.StartObject)
                {
                    lines.Add(LineOf(utf8, (int)reader.TokenStartIndex));
                }
            }
        }
        catch (JsonException)
        {
            // The deserializer reports malformed JSON with its own position; entry lines are a convenience.
            return [];
        }

        return lines;
    }

    private static int LineOf(ReadOnlySpan<byte> utf8, int offset) => utf8[..offset].Count((byte)'\n') + 1;
}
