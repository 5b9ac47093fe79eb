namespace LamTrack.PatientFiles.Loading;

/// <summary>Consecutive lines of a JSON Lines file, as UTF-8 bytes in a shared buffer.</summary>
/// <remarks>The buffer is reused for the next batch: use the lines before asking for it.</remarks>
/// <param name="Buffer">The bytes; each line is a range of it, without its line break.</param>
/// <param name="Lines">Start and length of each line in <paramref name="Buffer"/>.</param>
/// <param name="FirstLineNumber">The 1-based line number of the first line.</param>
/// <param name="BytesRead">Bytes of the file read up to the end of this batch, for progress.</param>
internal sealed record JsonLinesBatch(byte[] Buffer, List<(int Start, int Length)> Lines, long FirstLineNumber, long BytesRead)
{
    /// <summary>True for a batch that stands for one line over <see cref="JsonLinesFile.MaxLineBytes"/>: its bytes were
    /// skipped unread and <see cref="Lines"/> is empty; the line's number is <see cref="FirstLineNumber"/>.</summary>
    public bool IsOversizedLine { get; init; }

    public ReadOnlySpan<byte> Line(int index) => Buffer.AsSpan(Lines[index].Start, Lines[index].Length);

    public bool IsBlank(int index) => Line(index).Trim(" \t\r"u8).IsEmpty;
}
