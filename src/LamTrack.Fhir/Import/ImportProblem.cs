namespace LamTrack.Fhir.Import;

/// <summary>One problem found while importing, with its code, place and a message a clinician or data manager can act on.</summary>
/// <param name="Code">The problem's code from <see cref="ImportIssueCodes"/>.</param>
/// <param name="Location">Where it was found.</param>
/// <param name="Message">What is wrong and, where possible, what was expected.</param>
public sealed record ImportProblem(ImportIssueCode Code, ImportLocation Location, string Message)
{
    /// <summary>What is wrong, cut to <see cref="FhirInputLimits.MaxMessageChars"/>: a parser may quote a whole value.</summary>
    public string Message { get; init; } = FhirInputLimits.Clip(Message);

    /// <summary>The severity, taken from the code.</summary>
    public ImportSeverity Severity => Code.Severity;

    /// <summary>Whether the problem stops the resource from being imported.</summary>
    public bool IsError => Severity == ImportSeverity.Error;

    /// <summary><c>location: severity CODE message</c>.</summary>
    public override string ToString() =>
        $"{Location}: {Severity.ToString().ToLowerInvariant()} {Code.Id} {Message}";
}
