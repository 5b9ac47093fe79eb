using System.Buffers;

namespace LamTrack.Fhir.Ndjson;

/// <summary>Splits a stream into its non-blank lines as UTF-8 bytes, the way <see cref="StreamReader.ReadLine"/> splits
/// text (line feed, carriage return or both end a line; a UTF-8 byte-order mark at the start is skipped), without
/// decoding to UTF-16.</summary>
/// <remarks>The NDJSON import parses bytes (<see cref="Serialization.FastStrictParser"/>): decoding 1.7 GB of lines to
/// strings and encoding them back to UTF-8 cost time and 3.4 GB of garbage strings.</remarks>
internal static class Utf8LineReader
{
    // Read size; a line longer than this is assembled across reads.
    private const int ChunkBytes = 1 << 20;

    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>The non-blank lines of <paramref name="stream"/>, each in a rented buffer the consumer returns.</summary>
    /// <param name="stream">The input (already decompressed).</param>
    /// <param name="position">Gives the position to report as each line's <see cref="Utf8Line.Offset"/>, or <see langword="null"/>.</param>
    public static IEnumerable<Utf8Line> Read(Stream stream, Func<long>? position)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[] chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        var pending = new ArrayBufferWriter<byte>();
        int lineNumber = 0;
        bool tooLong = false;
        bool first = true;
        bool afterCarriageReturn = false;
        try
        {
            int read;
            while ((read = stream.Read(chunk, 0, ChunkBytes)) > 0)
            {
                int start = first && chunk.AsSpan(0, read).StartsWith(ByteOrderMark) ? ByteOrderMark.Length : 0;
                first = false;
                // The next line ending found with a vectorised search: a byte-by-byte loop here was serial time
                // under PLINQ's source lock, about 0.5 s per 20,000 patients of NDJSON.
                int at = start - 1;
                while ((at = NextLineEnd(chunk, at + 1, read)) >= 0)
                {
                    byte b = chunk[at];

                    // "\r\n" is one line ending: the '\n' right after a '\r' ends nothing.
                    bool skip = b == '\n' && afterCarriageReturn && at == start;
                    afterCarriageReturn = b == '\r';
                    if (!skip)
                    {
                        Append(pending, chunk.AsSpan(start, at - start), ref tooLong);
                        lineNumber++;
                        if (Take(pending, lineNumber, position, ref tooLong) is { } line)
                        {
                            yield return line;
                        }
                    }

                    start = at + 1;
                }

                Append(pending, chunk.AsSpan(start, read - start), ref tooLong);
                afterCarriageReturn = afterCarriageReturn && start == read;
            }

            if ((pending.WrittenCount > 0 || tooLong) && Take(pending, lineNumber + 1, position, ref tooLong) is { } last)
            {
                yield return last;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>The index of the next '\n' or '\r' in <paramref name="chunk"/> from <paramref name="from"/> up to <paramref name="end"/>, or -1.</summary>
    private static int NextLineEnd(byte[] chunk, int from, int end)
    {
        int found = chunk.AsSpan(from, end - from).IndexOfAny((byte)'\n', (byte)'\r');
        return found < 0 ? -1 : from + found;
    }

    /// <summary>Adds part of a line to the pending bytes, unless the line is already over the limit; a line that goes
    /// over it is dropped at once, so memory stays bounded by the limit whatever the line's length.</summary>
    private static void Append(ArrayBufferWriter<byte> pending, ReadOnlySpan<byte> part, ref bool tooLong)
    {
        if (tooLong)
        {
            return;
        }

        if ((long)pending.WrittenCount + part.Length > Import.FhirInputLimits.MaxLineBytes)
        {
            tooLong = true;
            pending.Clear();
            return;
        }

        pending.Write(part);
    }

    /// <summary>Copies the pending bytes into a rented buffer (unless they are blank) and clears them; a line over the
    /// limit becomes an empty line marked <see cref="Utf8Line.TooLong"/>.</summary>
    private static Utf8Line? Take(ArrayBufferWriter<byte> pending, int number, Func<long>? position, ref bool tooLong)
    {
        if (tooLong)
        {
            tooLong = false;
            pending.ResetWrittenCount();
            return new Utf8Line(number, ArrayPool<byte>.Shared.Rent(1), 0, position?.Invoke() ?? 0) { TooLong = true };
        }

        ReadOnlySpan<byte> bytes = pending.WrittenSpan;
        Utf8Line? line = null;
        if (bytes.IndexOfAnyExcept(" \t\f\v"u8) >= 0)
        {
            byte[] buffer = ArrayPool<byte>.Shared.Rent(bytes.Length);
            bytes.CopyTo(buffer);
            line = new Utf8Line(number, buffer, bytes.Length, position?.Invoke() ?? 0);
        }

        pending.ResetWrittenCount();
        return line;
    }
}
