using System.Text.Json;
using LamTrack.Cli.Infrastructure;
using LamTrack.Guidance.Findings;
using LamTrack.Guidance.Engine;
using Spectre.Console;

namespace LamTrack.Cli.Commands.Guidance;

/// <summary>Prints one patient's guidance report as text or JSON.</summary>
internal static class AdviseOutput
{
    public static void WriteReport(CliContext context, GuidanceReport report, bool json)
    {
        if (json)
        {
            context.Console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(Json(report), GuidanceJson.Options));
            return;
        }

        IAnsiConsole console = context.Console;
        console.MarkupLine($"[bold]Patient {Markup.Escape(report.PatientId)}[/] as of {report.AsOf:yyyy-MM-dd}: {report.Findings.Count} finding(s)");
        foreach (Finding f in report.Findings)
        {
            console.MarkupLine($"{Badge(f.Severity)} [bold]{Markup.Escape(f.RuleId.ToString())}[/] {Markup.Escape(f.Message)}");
            console.MarkupLine($"    why:    {Markup.Escape(f.Rationale)}");
            console.MarkupLine($"    action: {Markup.Escape(f.Action)}");
            console.MarkupLine($"    source: {Markup.Escape(f.Citation.ToString())}");
            foreach (string caveat in f.Caveats)
            {
                console.MarkupLine($"    [grey]caveat: {Markup.Escape(caveat)}[/]");
            }
        }

        var notApplicable = report.Outcomes.Where(o => !o.IsApplicable).ToList();
        console.MarkupLine($"[grey]Not applicable ({notApplicable.Count}):[/]");
        foreach (RuleOutcome o in notApplicable)
        {
            console.MarkupLine($"[grey]    {Markup.Escape(o.RuleId.ToString())}: {Markup.Escape(o.NotApplicableReason!)}[/]");
        }
    }

    public static object Json(GuidanceReport report) => new
    {
        patientId = report.PatientId,
        asOf = report.AsOf.ToString("yyyy-MM-dd", null),
        findings = report.Findings.Select(GuidanceJson.Finding),
        notApplicable = report.Outcomes.Where(o => !o.IsApplicable).Select(o => new { ruleId = o.RuleId.ToString(), reason = o.NotApplicableReason }),
    };

    public static string Badge(Severity severity) => severity switch
    {
        Severity.Critical => "[white on red] CRITICAL [/]",
        Severity.Warning => "[black on yellow] WARNING  [/]",
        Severity.Consider => "[black on aqua] CONSIDER [/]",
        _ => "[black on silver] INFO     [/]",
    };
}
