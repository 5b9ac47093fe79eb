using LamTrack.Application.Guidance;
using LamTrack.Application.Problems;
using LamTrack.Cli.Infrastructure;

namespace LamTrack.Cli.Commands.Guidance;

/// <summary>Problem printing shared by the guidance commands: one line per problem on standard error.</summary>
internal static class GuidanceOutput
{
    public static void WriteProblems(CliContext context, string what, IEnumerable<string> problems)
    {
        context.Error.WriteLine($"error: the {what} is invalid:");
        foreach (string problem in problems)
        {
            context.Error.WriteLine($"  {problem}");
        }
    }

    /// <summary>Prints <paramref name="problems"/> under a heading named after their code (settings file, rule catalogue, or <paramref name="request"/>).</summary>
    public static void WriteProblems(CliContext context, IReadOnlyList<Problem> problems, string request)
    {
        foreach (IGrouping<string, Problem> group in problems.GroupBy(p => p.Code))
        {
            string what = group.Key switch
            {
                GuidanceProblemCodes.InvalidSettings => "settings file",
                GuidanceProblemCodes.InvalidCatalogue => "rule catalogue",
                _ => request,
            };
            WriteProblems(context, what, group.Select(p => p.ToString()));
        }
    }
}
