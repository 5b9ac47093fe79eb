namespace LamTrack.Fhir.Import;

/// <summary>The size limits of a FHIR import, all in one place; input past one is rejected with
/// <see cref="ImportIssueCodes.TooLarge"/>, early and in bounded memory.</summary>
/// <remarks>
/// The largest resource LamTrack exports is a few kilobytes and a 100,000-patient NDJSON export has lines under
/// 64 KiB, so the limits sit orders of magnitude above real data and only stop input that would exhaust memory: a
/// 2 MB gzip that expands to a single 2 GiB line used to reach 4 GB and die out of memory.
/// </remarks>
public static class FhirInputLimits
{
    /// <summary>The longest NDJSON line (one resource), in bytes: 64 MiB.</summary>
    public const int MaxLineBytes = 64 * 1024 * 1024;

    /// <summary>The largest Bundle file, in bytes: 256 MiB (a Bundle is read whole).</summary>
    public const long MaxBundleBytes = 256L * 1024 * 1024;

    /// <summary>How many times its compressed size a gzip file may expand to, once past <see cref="GzipRatioFloorBytes"/>.</summary>
    /// <remarks>NDJSON of LamTrack exports compresses 10 to 20 times; 100 leaves room for more repetitive data and still
    /// stops a decompression bomb (ratios of 1,000 and more) after its first 64 MiB.</remarks>
    public const int MaxGzipExpansionRatio = 100;

    /// <summary>The decompressed size below which the expansion ratio is not checked: 64 MiB.</summary>
    public const long GzipRatioFloorBytes = 64L * 1024 * 1024;

    /// <summary>The longest problem message, in characters; a longer one (a 50 MB string quoted by the parser) is cut.</summary>
    public const int MaxMessageChars = 400;

    /// <summary><paramref name="message"/>, cut to <see cref="MaxMessageChars"/> with the number of characters left out.</summary>
    public static string Clip(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Length <= MaxMessageChars
            ? message
            : string.Concat(message.AsSpan(0, MaxMessageChars), $"… ({message.Length - MaxMessageChars:N0} more characters not shown)");
    }
}
