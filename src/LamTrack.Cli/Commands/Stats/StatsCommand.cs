using System.CommandLine;
using LamTrack.Cli.Infrastructure;

namespace LamTrack.Cli.Commands.Stats;

/// <summary>The <c>lamtrack stats</c> group: general statistics for researchers on their own files.</summary>
public static class StatsCommand
{
    /// <summary>Builds the group with its subcommands.</summary>
    public static Command Create(CliContext context)
    {
        var stats = new Command("stats", "General statistics on your own data files (Kaplan–Meier, ...).");
        stats.Subcommands.Add(KaplanMeierCommand.Create(context));
        return stats;
    }
}
