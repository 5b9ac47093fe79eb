using Hl7.Fhir.Model;

namespace LamTrack.Fhir.Terminology;

/// <summary>One code of a code system, with the display LamTrack writes and how well the code was verified.</summary>
/// <param name="System">The code-system URI (<see cref="CodeSystemUris"/>).</param>
/// <param name="Code">The code, case-sensitive.</param>
/// <param name="Display">The preferred display written on export (SNOMED: preferred term, not the FSN).</param>
/// <param name="Evidence">How the code was verified (docs/fhir.md).</param>
public sealed record TerminologyCode(string System, string Code, string Display, CodeEvidence Evidence)
{
    /// <summary>A FHIR Coding with system, code and display.</summary>
    public Coding ToCoding() => new(System, Code, Display);

    /// <summary>A CodeableConcept holding this coding, with the display also as text.</summary>
    /// <remarks>Built member by member: the 3-argument CodeableConcept constructor puts its third argument in
    /// <c>text</c> and leaves the display empty ([FIRELY-SDK]).</remarks>
    public CodeableConcept ToConcept() => new() { Coding = [ToCoding()], Text = Display };

    /// <summary>Whether a received coding names this code (same system and code; the display is not compared,
    /// because senders such as Synthea use SNOMED FSN-style displays).</summary>
    public bool Matches(Coding? coding) =>
        coding is not null
        && string.Equals(coding.System, System, StringComparison.Ordinal)
        && string.Equals(coding.Code, Code, StringComparison.Ordinal);

    /// <summary>Whether any coding of a received concept names this code.</summary>
    public bool Matches(CodeableConcept? concept) => concept?.Coding.Exists(Matches) ?? false;

    /// <summary><c>system|code</c>, the FHIR token form.</summary>
    public override string ToString() => $"{System}|{Code}";
}
