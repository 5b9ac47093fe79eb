namespace LamTrack.Application.Ports;

/// <summary>What to import: a file or folder by path, or one stream (an upload).</summary>
/// <remarks>Create one with <see cref="FromPath"/> or <see cref="FromStream"/>. A stream is read once and not closed.</remarks>
public sealed record FhirImportSource
{
    private FhirImportSource(string name, string? path, Stream? stream, FhirInputFormat format)
    {
        Name = name;
        Path = path;
        Stream = stream;
        Format = format;
    }

    /// <summary>The name problems are reported against: the path as given, or the stream's name.</summary>
    public string Name { get; }

    /// <summary>A Bundle file, an NDJSON file or a folder of them (a bulk-data export); null for a stream.</summary>
    public string? Path { get; }

    /// <summary>The stream to read; null for a path.</summary>
    public Stream? Stream { get; }

    /// <summary>The layout of <see cref="Stream"/> (a path's layout comes from its file names).</summary>
    public FhirInputFormat Format { get; }

    /// <summary>A file or folder.</summary>
    public static FhirImportSource FromPath(string path) =>
        new(path ?? throw new ArgumentNullException(nameof(path)), path, null, FhirInputFormat.Bundle);

    /// <summary>One stream of the given layout, reported as <paramref name="name"/>.</summary>
    public static FhirImportSource FromStream(Stream stream, string name, FhirInputFormat format) =>
        new(name ?? throw new ArgumentNullException(nameof(name)), null, stream ?? throw new ArgumentNullException(nameof(stream)), format);
}
