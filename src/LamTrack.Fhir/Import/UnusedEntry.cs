namespace LamTrack.Fhir.Import;

/// <summary>Resources of one type and code that an import read but did not use.</summary>
/// <param name="ResourceType">The FHIR resource type.</param>
/// <param name="Code">The code (<c>system|code</c>), a reason such as <c>status:entered-in-error</c>, or empty when the
/// resource type is not read at all.</param>
/// <param name="Count">How many resources.</param>
public sealed record UnusedEntry(string ResourceType, string Code, int Count);
