using System.Text.Json;
using LamTrack.Application.Guidance;
using LamTrack.Application.Serialization;
using LamTrack.Cli.Infrastructure;
using Spectre.Console;

namespace LamTrack.Cli.Commands.Guidance;

/// <summary>Prints one patient's guidance report as text or JSON.</summary>
internal static class AdviseOutput
{
    public static void WriteReport(CliContext context, PatientAdvice report, bool json)
    {
        if (json)
        {
            context.Console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(report, LamTrackJson.Options));
            return;
        }

        IAnsiConsole console = context.Console;
        console.MarkupLine($"[bold]Patient {Markup.Escape(report.PatientId)}[/] as of {report.AsOf:yyyy-MM-dd}: {report.Findings.Count} finding(s)");
        foreach (FindingDocument f in report.Findings)
        {
            console.MarkupLine($"{Badge(f.Severity)} [bold]{Markup.Escape(f.RuleId)}[/] {Markup.Escape(f.Message)}");
            console.MarkupLine($"    why:    {Markup.Escape(f.Rationale)}");
            console.MarkupLine($"    action: {Markup.Escape(f.Action)}");
            console.MarkupLine($"    source: {Markup.Escape(f.Citation.Text)}");
            foreach (string caveat in f.Caveats)
            {
                console.MarkupLine($"    [grey]caveat: {Markup.Escape(caveat)}[/]");
            }
        }

        console.MarkupLine($"[grey]Not applicable ({report.NotApplicable.Count}):[/]");
        foreach (NotApplicableDocument o in report.NotApplicable)
        {
            console.MarkupLine($"[grey]    {Markup.Escape(o.RuleId)}: {Markup.Escape(o.Reason)}[/]");
        }
    }

    public static string Badge(string severity) => severity switch
    {
        "critical" => "[white on red] CRITICAL [/]",
        "warning" => "[black on yellow] WARNING  [/]",
        "consider" => "[black on aqua] CONSIDER [/]",
        _ => "[black on silver] INFO     [/]",
    };
}
