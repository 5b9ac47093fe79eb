using LamTrack.Application.Problems;
using LamTrack.Domain.Patients;
using LamTrack.PatientFiles;

namespace LamTrack.Application.Records;

/// <summary>Turns patient-file issues and domain issues into the application's <see cref="Problem"/>.</summary>
public static class PatientFileProblems
{
    /// <summary>The problem <paramref name="issue"/> describes; its text is the issue's own line.</summary>
    public static Problem From(PatientFileIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var location = new ProblemLocation(issue.File, issue.Line, Record(issue.PatientId, issue.EventId), issue.Field, null);
        return new Problem(issue.Code, issue.Message, location) { Text = issue.ToString() };
    }

    /// <summary>Every issue as a problem, in order.</summary>
    public static IReadOnlyList<Problem> From(IEnumerable<PatientFileIssue> issues) => [.. issues.Select(From)];

    /// <summary>The problem a domain consistency issue describes.</summary>
    public static Problem From(DomainIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var location = new ProblemLocation(null, null, Record(issue.PatientId, issue.EventId), issue.Field, null);
        return new Problem(issue.Code, issue.Message, location) { Text = issue.ToString() };
    }

    private static string? Record(string? patientId, string? eventId) =>
        eventId is null ? patientId : $"{patientId}/{eventId}";
}
