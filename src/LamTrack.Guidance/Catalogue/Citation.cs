namespace LamTrack.Guidance.Catalogue;

/// <summary>The published source a rule or a setting rests on, with the verification tag of the fact taken from it.</summary>
/// <param name="Source">The reference: authors, title, journal or publisher and year.</param>
/// <param name="Locator">Where in the source: table, section, recommendation number or case.</param>
/// <param name="Link">A DOI or URL, or an empty string when none is known.</param>
/// <param name="Tag">How well the fact was checked against the source.</param>
public sealed record Citation(string Source, string Locator, string Link, VerificationTag Tag)
{
    /// <summary>One line: source, locator, link and tag, for example <c>ATS/JRS 2016, Table 1 R1, doi:… [P]</c>.</summary>
    public override string ToString()
    {
        string link = string.IsNullOrEmpty(Link) ? string.Empty : $", {Link}";
        return $"{Source}, {Locator}{link} {Tag.Code()}";
    }
}
