namespace LamTrack.Application.Problems;

/// <summary>One thing a user can put right: a stable code, a message, where it was found and how serious it is.</summary>
/// <remarks>
/// The single error model of every layer: patient-file issues (<c>PF-…</c>, <c>DOM-…</c>), FHIR import problems
/// (<c>FHIR-IMP-…</c>), storage errors (<c>STORE-…</c>) and the application's own (<see cref="ApplicationProblemCodes"/>)
/// all arrive as a <see cref="Problem"/>, ready to be shown on a console or returned as RFC 9457 problem details.
/// Codes are permanent: a code is never reused for another meaning.
/// </remarks>
/// <param name="Code">The stable code, such as <c>STORE-008</c> or <c>FHIR-IMP-004</c>.</param>
/// <param name="Message">What is wrong and, where possible, what was expected; names no more of the patient than the location does.</param>
/// <param name="Location">Where it was found, when it can be placed.</param>
/// <param name="Severity">How serious it is.</param>
public sealed record Problem(string Code, string Message, ProblemLocation? Location = null, ProblemSeverity Severity = ProblemSeverity.Error)
{
    /// <summary>The one-line text the layer that found the problem words it in (for example a patient-file issue's
    /// <c>file:line: patient P, field F: message [CODE]</c>); when null, <see cref="ToString"/> composes one.</summary>
    /// <remarks>Kept so that the command line prints exactly what it printed before the problem became a
    /// <see cref="Problem"/>; the structured parts above are what a web client reads.</remarks>
    public string? Text { get; init; }

    /// <summary>Whether the problem stops the work it was found in.</summary>
    public bool IsError => Severity == ProblemSeverity.Error;

    /// <summary>An error with the given code and message, placed nowhere in particular.</summary>
    public static Problem Error(string code, string message, ProblemLocation? location = null) => new(code, message, location);

    /// <summary><see cref="Text"/> when set, else <c>location: severity CODE message</c>.</summary>
    public override string ToString()
    {
        if (Text is not null)
        {
            return Text;
        }

        string where = Location?.ToString() is { Length: > 0 } place ? place + ": " : string.Empty;
        return $"{where}{Severity.ToString().ToLowerInvariant()} {Code} {Message}";
    }
}
