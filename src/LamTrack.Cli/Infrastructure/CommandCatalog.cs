using System.CommandLine;
using LamTrack.Cli.Commands.Interop;
using LamTrack.Cli.Commands.Records;

namespace LamTrack.Cli.Infrastructure;

/// <summary>Every top-level command of <c>lamtrack</c>; each area adds its own factory here.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(CliContext context) =>
    [
        ValidateCommand.Create(context),
        .. InteropCommands.Create(context),
    ];
}
