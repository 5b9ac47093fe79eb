namespace LamTrack.Fhir.Terminology;

/// <summary>One row of the terminology table (<c>terminology/*.json</c>): a code of a code system and the LamTrack
/// concept it stands for.</summary>
/// <param name="Code">The system, code and display, with how the code was verified.</param>
/// <param name="Concept">The LamTrack concept, <c>kind:name</c> (for example <c>drug:sirolimus</c>,
/// <c>agent:rifampicin</c>, <c>lab:sirolimus</c>, <c>condition:lam</c>).</param>
/// <param name="Source">The key of the row's source in the table's <c>sources</c> section.</param>
public sealed record TerminologyRow(TerminologyCode Code, string Concept, string Source)
{
    /// <summary>Whether export writes this coding for the concept (the first such row is the primary coding).</summary>
    public bool Export { get; init; }

    /// <summary>Words of which the concept's text or display must name one for the row to apply (for a broad code such
    /// as ICD-10 J84.8); empty when the code alone is enough.</summary>
    public IReadOnlyList<string> TextMustName { get; init; } = [];

    /// <summary>The concept's kind, the part before the colon (<c>drug</c>, <c>agent</c>, <c>lab</c>, ...).</summary>
    public string Kind => Concept[..Math.Max(0, Concept.IndexOf(':', StringComparison.Ordinal))];

    /// <summary>The concept's name, the part after the colon.</summary>
    public string Name => Concept[(Concept.IndexOf(':', StringComparison.Ordinal) + 1)..];

    /// <summary>Whether the row's code was not checked against its code system (flagged on every value it maps).</summary>
    public bool IsUnverified => Code.Evidence == CodeEvidence.Unverified;
}
