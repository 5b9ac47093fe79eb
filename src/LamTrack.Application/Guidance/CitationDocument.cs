namespace LamTrack.Application.Guidance;

/// <summary>The source of a finding, as the findings JSON contract writes it.</summary>
/// <param name="Text">One line: source, locator, link and tag.</param>
/// <param name="Source">The reference.</param>
/// <param name="Locator">Where in the source.</param>
/// <param name="Link">A DOI or URL, or empty.</param>
/// <param name="Tag">The verification tag, e.g. <c>[P]</c>.</param>
public sealed record CitationDocument(string Text, string Source, string Locator, string Link, string Tag);
