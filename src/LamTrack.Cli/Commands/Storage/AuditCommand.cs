using System.CommandLine;
using LamTrack.Application.Ports;
using LamTrack.Application.Stores;
using LamTrack.Cli.Infrastructure;
using LamTrack.Hosting.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace LamTrack.Cli.Commands.Storage;

/// <summary><c>lamtrack audit verify [--db CONNECTION]</c>: checks the audit trail's hash chain (docs/storage.md, "Audit trail").</summary>
public static class AuditCommand
{
    /// <summary>Creates the command and its <c>verify</c> subcommand.</summary>
    public static Command Create(CliContext context)
    {
        var db = new Option<string?>("--db") { Description = DatabaseLocator.OptionDescription + "; default: " + DatabaseLocator.DefaultSqlitePath };
        var verify = new Command("verify", "Check every audit entry's SHA-256 and its link to the entry before; report the first break and exit 1") { db };
        verify.SetAction((parse, cancellationToken) => VerifyAsync(parse.GetValue(db) ?? DatabaseLocator.DefaultSqlitePath, context, cancellationToken));
        return new Command("audit", "The tamper-evident audit trail") { verify };
    }

    private static async Task<int> VerifyAsync(string connection, CliContext context, CancellationToken cancellationToken)
    {
        AuditVerificationOutcome outcome = await context.Services.GetRequiredService<StoreCheckService>().VerifyAuditAsync(connection, cancellationToken).ConfigureAwait(false);
        if (outcome.Verification is not AuditVerification report)
        {
            outcome.Problems.ToList().ForEach(p => context.Error.WriteLine(p.ToString()));
            return ExitCodes.InvalidData;
        }

        string extent = $"{report.ChainedEntries} chained entr{(report.ChainedEntries == 1 ? "y" : "ies")}, {report.LegacyEntries} written before the chain (not covered)";
        if (!report.IsIntact)
        {
            string at = report.BrokenAtEntry is { } id ? $" at entry #{id}" : string.Empty;
            context.Error.WriteLine($"{AuditVerification.BrokenCode}: audit chain of {report.Description} broken{at}: {report.Problem} ({extent} checked before the break)");
            return ExitCodes.InvalidData;
        }

        context.Console.WriteLine($"audit chain of {report.Description} intact: {extent}", Style.Plain);
        // On a line of its own, to be copied and kept outside the database: a rewrite of the whole chain changes it.
        context.Console.WriteLine($"head SHA-256 {report.HeadHash}", Style.Plain);
        return ExitCodes.Ok;
    }
}
