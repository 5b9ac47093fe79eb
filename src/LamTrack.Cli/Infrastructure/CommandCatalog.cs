using System.CommandLine;
using LamTrack.Cli.Commands.Pk;
using LamTrack.Cli.Commands.Interop;
using LamTrack.Cli.Commands.Records;
using LamTrack.Cli.Commands.Storage;
using LamTrack.Cli.Commands.Reports;

namespace LamTrack.Cli.Infrastructure;

/// <summary>Every top-level command of <c>lamtrack</c>; each area adds its own factory here.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(CliContext context) =>
    [
        ReportCommand.Create(context),
        ValidateCommand.Create(context),
        InitCommand.Create(context),
        BackupCommand.Create(context),
        Commands.Stats.StatsCommand.Create(context),
        Commands.Analyze.AnalyzeCommand.Create(context),
        Commands.Synth.SynthCommand.Create(context),
        PkCommand.Create(context),
        Commands.Guidance.RulesCommand.Create(context),
        Commands.Guidance.AdviseCommand.Create(context),
        .. InteropCommands.Create(context),
        Commands.Web.ServeCommand.Create(context),
        Commands.Web.UsersCommand.Create(context),
    ];
}
