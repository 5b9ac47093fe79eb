using LamTrack.Application.Problems;

namespace LamTrack.Fhir.Import;

/// <summary>Turns FHIR import problems into the application's <see cref="Problem"/>.</summary>
public static class ImportProblems
{
    /// <summary>The problem <paramref name="problem"/> describes; its text is the import problem's own line.</summary>
    public static Problem ToProblem(ImportProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ImportLocation where = problem.Location;
        string? record = where.ResourceType is null ? null : $"{where.ResourceType}/{where.ResourceId ?? "(no id)"}";
        var location = new ProblemLocation(where.Source, where.Line, record, where.Path, null);
        return new Problem(problem.Code.Id, problem.Message, location, Severity(problem.Severity)) { Text = problem.ToString() };
    }

    private static ProblemSeverity Severity(ImportSeverity severity) => severity switch
    {
        ImportSeverity.Error => ProblemSeverity.Error,
        ImportSeverity.Warning => ProblemSeverity.Warning,
        _ => ProblemSeverity.Information,
    };
}
