namespace LamTrack.Guidance.Catalogue;

/// <summary>The printed form of <see cref="VerificationTag"/> values, as docs/references.md writes them.</summary>
public static class VerificationTags
{
    /// <summary>The bracketed code, for example <c>[P]</c> or <c>[UNVERIFIED]</c>.</summary>
    public static string Code(this VerificationTag tag) => tag switch
    {
        VerificationTag.Primary => "[P]",
        VerificationTag.Label => "[L]",
        VerificationTag.LabelViaSecondary => "[L/S]",
        VerificationTag.Secondary => "[S]",
        _ => "[UNVERIFIED]",
    };

    /// <summary>The caveat a finding carries for this tag, or <see langword="null"/> when none is needed.</summary>
    /// <remarks>Secondary facts say "secondary source"; unverified facts say so plainly (docs/references.md, "Verification tags").</remarks>
    public static string? Caveat(this VerificationTag tag) => tag switch
    {
        VerificationTag.Secondary => "secondary source: probable, not confirmed against the primary publication",
        VerificationTag.LabelViaSecondary => "label wording read in a third-party copy",
        VerificationTag.Unverified => "UNVERIFIED: not found in any source text; a configurable assumption to be checked",
        _ => null,
    };

    /// <summary>Parses a code such as <c>P</c>, <c>[S]</c> or <c>UNVERIFIED</c>.</summary>
    /// <returns><see langword="true"/> when <paramref name="text"/> names a tag.</returns>
    public static bool TryParse(string? text, out VerificationTag tag)
    {
        string code = (text ?? string.Empty).Trim().TrimStart('[').TrimEnd(']').ToUpperInvariant();
        (bool ok, tag) = code switch
        {
            "P" => (true, VerificationTag.Primary),
            "L" => (true, VerificationTag.Label),
            "L/S" => (true, VerificationTag.LabelViaSecondary),
            "S" => (true, VerificationTag.Secondary),
            "UNVERIFIED" => (true, VerificationTag.Unverified),
            _ => (false, VerificationTag.Unverified),
        };
        return ok;
    }
}
