using System.CommandLine;
using LamTrack.Cli.Infrastructure;

namespace LamTrack.Cli.Commands.Interop;

/// <summary>The interoperability commands: <c>export</c> (FHIR R4, REDCap-style CSV) and <c>import</c> (FHIR R4).</summary>
public static class InteropCommands
{
    /// <summary>Creates the commands.</summary>
    public static IEnumerable<Command> Create(CliContext context) => [ExportCommand.Create(context), ImportCommand.Create(context)];
}
