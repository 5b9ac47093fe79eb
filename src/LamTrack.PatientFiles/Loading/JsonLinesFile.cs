namespace LamTrack.PatientFiles.Loading;

/// <summary>Reads a JSON Lines file as batches of UTF-8 lines, without decoding to strings.</summary>
/// <remarks>
/// A patient is parsed straight from its UTF-8 bytes, which saves decoding every line to UTF-16 and System.Text.Json
/// encoding it back. One buffer is reused, so a cohort never holds more than a few megabytes of its text; a line longer
/// than the buffer makes it grow.
/// </remarks>
internal static class JsonLinesFile
{
    /// <summary>The longest record line, in bytes: 64 MiB (the largest real patient record is tens of kilobytes).</summary>
    /// <remarks>A longer line is skipped unread and reported, so one runaway line cannot take the memory of the process.</remarks>
    public const int MaxLineBytes = 64 * 1024 * 1024;

    /// <summary>The buffer for a large file: 8 MiB, a few hundred typical records a batch.</summary>
    private const int InitialBufferBytes = 8 * 1024 * 1024;

    public static IEnumerable<JsonLinesBatch> ReadBatches(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        // A small file gets a buffer its own size (plus the byte that tells the end), not the full 8 MiB.
        byte[] buffer = new byte[(int)Math.Clamp(stream.Length + 1, 1, InitialBufferBytes)];
        int filled = 0;
        long nextLine = 1;
        long bytesBefore = 0;
        bool atStart = true;
        while (true)
        {
            int read = stream.ReadAtLeast(buffer.AsSpan(filled), buffer.Length - filled, throwOnEndOfStream: false);
            filled += read;
            bool end = filled < buffer.Length;
            int skip = atStart ? ByteOrderMarkLength(buffer, filled) : 0;
            (List<(int Start, int Length)> lines, int consumed) = SplitLines(buffer, skip, filled, end);
            if (lines.Count == 0 && !end && buffer.Length >= MaxLineBytes)
            {
                (long skipped, bool more) = SkipRestOfLine(stream, buffer);
                yield return new JsonLinesBatch(buffer, [], nextLine, bytesBefore + filled + skipped) { IsOversizedLine = true };
                bytesBefore += filled + skipped;
                filled = 0;
                nextLine++;
                if (!more)
                {
                    yield break;
                }

                continue;
            }

            if (lines.Count == 0 && !end)
            {
                Array.Resize(ref buffer, Math.Min(buffer.Length * 2, MaxLineBytes));
                continue;
            }

            yield return new JsonLinesBatch(buffer, lines, nextLine, bytesBefore + consumed);
            atStart = false;
            nextLine += lines.Count;
            if (end)
            {
                yield break;
            }

            // The unfinished last line moves to the front, to be completed by the next read.
            bytesBefore += consumed;
            Buffer.BlockCopy(buffer, consumed, buffer, 0, filled - consumed);
            filled -= consumed;
        }
    }

    // Reads past the end of an oversized line and seeks back to the byte after its line break, so the next read starts
    // the next line.
    private static (long Skipped, bool More) SkipRestOfLine(FileStream stream, byte[] buffer)
    {
        long skipped = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            int newline = buffer.AsSpan(0, read).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                stream.Seek(newline + 1 - read, SeekOrigin.Current);
                return (skipped + newline + 1, stream.Position < stream.Length);
            }

            skipped += read;
        }

        return (skipped, false);
    }

    private static (List<(int Start, int Length)> Lines, int Consumed) SplitLines(byte[] buffer, int start, int filled, bool end)
    {
        var lines = new List<(int Start, int Length)>();
        int at = start;
        int newline;
        while ((newline = buffer.AsSpan(at, filled - at).IndexOf((byte)'\n')) >= 0)
        {
            lines.Add((at, TrimCarriageReturn(buffer, at, newline)));
            at += newline + 1;
        }

        if (end && at < filled)
        {
            lines.Add((at, TrimCarriageReturn(buffer, at, filled - at)));
            at = filled;
        }

        return (lines, at);
    }

    private static int TrimCarriageReturn(byte[] buffer, int start, int length) =>
        length > 0 && buffer[start + length - 1] == (byte)'\r' ? length - 1 : length;

    private static int ByteOrderMarkLength(byte[] buffer, int filled) =>
        filled >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;
}
