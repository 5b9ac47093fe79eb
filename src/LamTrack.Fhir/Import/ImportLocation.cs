using System.Text;

namespace LamTrack.Fhir.Import;

/// <summary>Where an import problem was found: file, line, resource and element path.</summary>
/// <param name="Source">The input file name (or bundle entry) the resource came from.</param>
/// <param name="Line">The 1-based line (NDJSON line, or line in a Bundle file), when known.</param>
/// <param name="ResourceType">The FHIR resource type, when known.</param>
/// <param name="ResourceId">The resource's logical id, when it has one.</param>
/// <param name="Path">The FHIRPath-style element path, such as <c>Observation.valueQuantity.code</c>.</param>
public sealed record ImportLocation(string Source, int? Line, string? ResourceType, string? ResourceId, string? Path)
{
    /// <summary>A location that names only a file.</summary>
    public static ImportLocation OfFile(string source) => new(source, null, null, null, null);

    /// <summary>The same location with another element path.</summary>
    public ImportLocation At(string? path) => this with { Path = path };

    /// <summary><c>file:line Type/id at path</c>, leaving out the parts that are not known.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(Source);
        if (Line is int line)
        {
            text.Append(':').Append(line);
        }

        if (ResourceType is not null)
        {
            text.Append(' ').Append(ResourceType).Append('/').Append(ResourceId ?? "(no id)");
        }

        if (!string.IsNullOrEmpty(Path))
        {
            text.Append(" at ").Append(Path);
        }

        return text.ToString();
    }
}
