using System.Buffers;

namespace LamTrack.Fhir.Ndjson;

/// <summary>One non-blank NDJSON line as UTF-8 bytes in a buffer rented from <see cref="ArrayPool{T}.Shared"/>; whoever
/// consumes it calls <see cref="Return"/> once done with the bytes.</summary>
/// <param name="Number">The 1-based line number in the file.</param>
/// <param name="Buffer">The rented buffer; the line is its first <paramref name="Length"/> bytes (no line ending).</param>
/// <param name="Length">The line's length in bytes.</param>
/// <param name="Offset">How far into the input reading had got (for progress), from the caller's position function.</param>
internal readonly record struct Utf8Line(int Number, byte[] Buffer, int Length, long Offset)
{
    /// <summary>Whether the line was longer than <see cref="Import.FhirInputLimits.MaxLineBytes"/>; its bytes were
    /// skipped, not kept, and <see cref="Bytes"/> is empty.</summary>
    public bool TooLong { get; init; }

    /// <summary>The line's bytes.</summary>
    public ReadOnlySpan<byte> Bytes => Buffer.AsSpan(0, Length);

    /// <summary>Gives the buffer back to the pool.</summary>
    public void Return() => ArrayPool<byte>.Shared.Return(Buffer);
}
