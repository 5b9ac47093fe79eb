using Hl7.Fhir.Model;
using LamTrack.Fhir.Import;
using LamTrack.Fhir.Serialization;

namespace LamTrack.Fhir.Ndjson;

/// <summary>Streams FHIR resources out of NDJSON (one compact JSON resource per line, bulk-data format).</summary>
/// <remarks>Constant memory: one line at a time. Blank lines (a trailing newline) are skipped. A line that does not
/// parse is reported with its file and line number and skipped; the caller decides whether the whole input fails.</remarks>
public static class NdjsonReader
{
    /// <summary>Reads every resource of an NDJSON text.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">The file name used in problem locations.</param>
    /// <param name="problems">Where problems are recorded.</param>
    /// <returns>Each resource that parsed, with the line it came from.</returns>
    public static IEnumerable<ReadResource> Read(TextReader reader, string source, ImportProblemList problems)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(problems);
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var where = new ImportLocation(source, lineNumber, null, null, null);
            Resource? resource = FhirJson.TryParse(line, where, problems);
            if (resource is not null)
            {
                yield return new ReadResource(resource, where with { ResourceType = resource.TypeName, ResourceId = resource.Id });
            }
        }
    }

    /// <summary>Reads every resource of an NDJSON file (gzip-compressed when the name ends in <c>.gz</c>).</summary>
    public static IEnumerable<ReadResource> ReadFile(string path, ImportProblemList problems)
    {
        using Stream file = File.OpenRead(path);
        using Stream content = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress)
            : file;
        using var reader = new StreamReader(content);
        foreach (ReadResource resource in Read(reader, Path.GetFileName(path), problems))
        {
            yield return resource;
        }
    }
}
