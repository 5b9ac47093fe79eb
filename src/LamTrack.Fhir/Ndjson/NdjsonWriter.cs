using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using LamTrack.Fhir.Export;
using LamTrack.Fhir.Serialization;
using Instant = NodaTime.Instant;
using NodaTime.Text;

namespace LamTrack.Fhir.Ndjson;

/// <summary>Writes bulk-data NDJSON: one <c>&lt;Type&gt;.ndjson</c> file per resource type plus a <c>manifest.json</c>
/// shaped like a Bulk Data Access manifest (relative file names, <c>requiresAccessToken</c> false).</summary>
/// <remarks>Streams: each resource is written as it comes. Nothing appears in the target folder until
/// <see cref="Commit"/>; disposing without committing removes the partial files.</remarks>
public sealed class NdjsonWriter : IDisposable
{
    /// <summary>The manifest's file name.</summary>
    public const string ManifestFileName = "manifest.json";

    private static readonly JsonSerializerOptions s_manifestOptions = new() { WriteIndented = true };

    private readonly AtomicDirectory _output;
    private readonly SortedDictionary<string, (StreamWriter Writer, int Count)> _files = new(StringComparer.Ordinal);

    /// <summary>Starts an export into <paramref name="directory"/> (created if missing, and refused when not empty).</summary>
    /// <exception cref="ExportFolderException">The folder is not empty; nothing was written.</exception>
    public NdjsonWriter(string directory)
        : this(directory, replace: false)
    {
    }

    /// <summary>Starts an export into <paramref name="directory"/>; with <paramref name="replace"/>, an earlier export there is replaced as a whole on <see cref="Commit"/>.</summary>
    /// <exception cref="ExportFolderException">The folder is not empty and may not be replaced; nothing was written.</exception>
    public NdjsonWriter(string directory, bool replace) => _output = new AtomicDirectory(directory, replace);

    /// <summary>Appends one resource to its type's file.</summary>
    public void Write(Resource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        string type = resource.TypeName;
        if (!_files.TryGetValue(type, out var file))
        {
            var stream = new FileStream(Path.Combine(_output.Staging, type + ".ndjson"), FileMode.CreateNew);
            // NDJSON lines end in \n on every OS; compact FHIR JSON never holds a raw newline.
            file = (new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n" }, 0);
        }

        file.Writer.WriteLine(FhirJson.ToCompactJson(resource));
        _files[type] = (file.Writer, file.Count + 1);
    }

    /// <summary>The number of resources written so far, per type.</summary>
    public IReadOnlyDictionary<string, int> Counts => _files.ToDictionary(f => f.Key, f => f.Value.Count, StringComparer.Ordinal);

    /// <summary>Closes the files, writes the manifest and moves everything into the target folder.</summary>
    /// <param name="transactionTime">The export's time, written as the manifest's <c>transactionTime</c>.</param>
    public void Commit(Instant transactionTime)
    {
        CloseFiles();
        var manifest = new
        {
            transactionTime = InstantPattern.ExtendedIso.Format(transactionTime),
            requiresAccessToken = false,
            output = _files.Select(f => new { type = f.Key, url = f.Key + ".ndjson", count = f.Value.Count }).ToArray(),
            error = Array.Empty<object>(),
        };
        File.WriteAllText(Path.Combine(_output.Staging, ManifestFileName),
            JsonSerializer.Serialize(manifest, s_manifestOptions) + "\n");
        _output.Commit();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        CloseFiles();
        _output.Dispose();
    }

    private void CloseFiles()
    {
        foreach (var file in _files.Values)
        {
            file.Writer.Dispose();
        }
    }
}
