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
}
