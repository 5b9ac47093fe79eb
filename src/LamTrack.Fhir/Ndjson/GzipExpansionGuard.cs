using System.IO.Compression;
using LamTrack.Fhir.Import;

namespace LamTrack.Fhir.Ndjson;

/// <summary>Decompresses gzip and stops, with <see cref="InputTooLargeException"/>, when its output outgrows
/// <see cref="FhirInputLimits.MaxGzipExpansionRatio"/> times the compressed bytes read (past
/// <see cref="FhirInputLimits.GzipRatioFloorBytes"/>), so a decompression bomb fails after its first 64 MiB.</summary>
/// <remarks>The compressed bytes are counted as they are read, so the guard holds for a file and for an upload stream
/// that cannot tell its position alike.</remarks>
internal sealed class GzipExpansionGuard : Stream
{
    private readonly CountingStream _compressed;
    private readonly GZipStream _gzip;
    private long _produced;

    /// <summary>Decompresses <paramref name="compressed"/>.</summary>
    /// <param name="compressed">The gzip bytes, read from their current position.</param>
    /// <param name="leaveOpen">Whether <paramref name="compressed"/> stays open when the guard is disposed.</param>
    public GzipExpansionGuard(Stream compressed, bool leaveOpen = false)
    {
        _compressed = new CountingStream(compressed, leaveOpen);
        _gzip = new GZipStream(_compressed, CompressionMode.Decompress);
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _produced;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int read = _gzip.Read(buffer);
        _produced += read;
        long consumed = Math.Max(1, _compressed.BytesRead);
        if (_produced > FhirInputLimits.GzipRatioFloorBytes && _produced > consumed * FhirInputLimits.MaxGzipExpansionRatio)
        {
            throw new InputTooLargeException(
                $"the gzip input expands more than {FhirInputLimits.MaxGzipExpansionRatio} times its size ({_produced:N0} bytes from {consumed:N0}); reading stopped");
        }

        return read;
    }

    /// <summary>The gzip or limit failure inside <paramref name="ex"/> (PLINQ wraps what its source throws), or null.</summary>
    public static Exception? Unwrap(Exception ex) => ex switch
    {
        InputTooLargeException or InvalidDataException => ex,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.Select(Unwrap).FirstOrDefault(e => e is not null),
        _ => null,
    };

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gzip.Dispose();
        }

        base.Dispose(disposing);
    }
}
