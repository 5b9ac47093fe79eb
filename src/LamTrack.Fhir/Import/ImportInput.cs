using Hl7.Fhir.Model;
using LamTrack.Application.Ports;
using LamTrack.Fhir.Ndjson;

namespace LamTrack.Fhir.Import;

/// <summary>One input of an import: a file, or a stream (an upload), with its name, size and layout.</summary>
internal sealed class ImportInput
{
    private readonly string? _path;
    private readonly Stream? _stream;
    private readonly bool _gzip;

    private ImportInput(string name, long length, bool isNdjson, string? path, Stream? stream, bool gzip)
    {
        Name = name;
        Length = length;
        IsNdjson = isNdjson;
        _path = path;
        _stream = stream;
        _gzip = gzip;
    }

    /// <summary>The name problems are reported against (a file's name without its folder).</summary>
    public string Name { get; }

    /// <summary>The bytes to read (0 for a stream that cannot tell).</summary>
    public long Length { get; }

    /// <summary>The file's path, or null for a stream.</summary>
    public string? Path => _path;

    /// <summary>Whether the input is NDJSON (else one Bundle).</summary>
    public bool IsNdjson { get; }

    /// <summary>Whether a file name says NDJSON (<c>.ndjson</c> or <c>.ndjson.gz</c>).</summary>
    public static bool IsNdjsonName(string file) =>
        file.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".ndjson.gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>A file; its layout comes from its name.</summary>
    public static ImportInput OfFile(string path) =>
        new(System.IO.Path.GetFileName(path), new FileInfo(path).Length, IsNdjsonName(path), path, null, path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase));

    /// <summary>A stream of the given layout; it is read from its current position and left open.</summary>
    public static ImportInput OfStream(Stream stream, string name, FhirInputFormat format) =>
        new(name, stream.CanSeek ? stream.Length - stream.Position : 0, format != FhirInputFormat.Bundle, null, stream, format == FhirInputFormat.NdjsonGzip);

    /// <summary>The whole input as text (a Bundle).</summary>
    public string ReadAllText()
    {
        if (_path is not null)
        {
            return File.ReadAllText(_path);
        }

        using var reader = new StreamReader(_stream!, leaveOpen: true);
        return reader.ReadToEnd();
    }

    /// <summary>Every resource of an NDJSON input, parsed (and checked) in parallel, in line order.</summary>
    /// <remarks>Lines <paramref name="filter"/> rejects are skipped unparsed (irrelevant resources of a bulk export).</remarks>
    public IEnumerable<ReadResource> ReadNdjson(ImportProblemList problems, Func<Resource, ImportLocation, IReadOnlyList<ImportProblem>>? check, LineFilter? filter = null)
    {
        if (_path is not null)
        {
            return NdjsonReader.ReadFile(_path, problems, check, filter);
        }

        return ReadStream(problems, check, filter);
    }

    private IEnumerable<ReadResource> ReadStream(ImportProblemList problems, Func<Resource, ImportLocation, IReadOnlyList<ImportProblem>>? check, LineFilter? filter)
    {
        Stream raw = _stream!;
        long start = raw.CanSeek ? raw.Position : 0;
        Func<long>? position = raw.CanSeek ? () => raw.Position - start : null;
        return NdjsonReader.ReadGuarded(raw, _gzip, Name, problems, check, position, filter);
    }
}
