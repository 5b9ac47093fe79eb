using LamTrack.Application.Pharmacokinetics;
using LamTrack.Cli.Infrastructure;
using Spectre.Console;

namespace LamTrack.Cli.Commands.Pk;

/// <summary>Prints the dose plan in phases of <c>pk dose</c>: one row per phase, then the time courses assumed and the option of changing the drug.</summary>
internal static class PkDosePlanText
{
    public static void Print(CliContext context, DosePlanSummary plan, TroughWindowSummary window)
    {
        context.Console.WriteLine($"Dose plan in phases: {plan.Reason}.", Style.Plain);
        context.Console.Write(Table(plan, window));
        foreach (string line in plan.TimeCourses.Concat(plan.Alternatives))
        {
            context.Console.WriteLine("  " + line, Style.Plain);
        }
    }

    private static Table Table(DosePlanSummary plan, TroughWindowSummary window)
    {
        var table = new Table().Title(Markup.Escape($"Plan over {plan.HorizonDays} days for a trough window of {window.Text}"));
        foreach (string column in new[] { "from", "to", "phase", "regimen", "needed mg/day", "trough (ng/mL)", "90 % band", "P(in window) at end", "check troughs" })
        {
            table.AddColumn(column);
        }

        foreach (PlanPhaseSummary p in plan.Phases)
        {
            string needed = p.NeededDailyMilligrams is double n ? F(n) : "none reaches it";
            string regimen = p.IsBeyondLabel ? p.Regimen + " (beyond label)" : p.Regimen;
            table.AddRow(D(p.StartDate), D(p.EndDate.PlusDays(-1)), Markup.Escape(p.Label), Markup.Escape(regimen), needed,
                $"{F(p.LowestTroughNanogramsPerMillilitre)}–{F(p.HighestTroughNanogramsPerMillilitre)}", $"{F(p.LowerNanogramsPerMillilitre)}–{F(p.UpperNanogramsPerMillilitre)}",
                p.ProbabilityInWindowAtEnd.ToString("P0", PkInputs.Inv), string.Join(", ", p.CheckTroughDates.Select(D)));
        }

        return table;
    }

    private static string D(NodaTime.LocalDate d) => d.ToString("yyyy-MM-dd", PkInputs.Inv);

    private static string F(double v) => v.ToString("0.##", PkInputs.Inv);
}
