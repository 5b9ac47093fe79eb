using System.Text.Json;
using LamTrack.Application.Pharmacokinetics;
using LamTrack.Application.Problems;
using LamTrack.Application.Serialization;
using LamTrack.Cli.Infrastructure;
using Spectre.Console;

namespace LamTrack.Cli.Commands.Pk;

/// <summary>Renders a dose proposal of <c>pk dose</c>: text or JSON on standard output, notes on standard error, the plot files.</summary>
internal static class PkDoseReport
{
    public static int Print(CliContext context, DoseProposalOutcome outcome, DoseArgs a)
    {
        if (outcome.Report is not DoseProposalReport r)
        {
            outcome.Problems.ToList().ForEach(p => context.Error.WriteLine(p.ToString()));
            return ExitCodes.InvalidData;
        }

        Header(context, r);
        PkInputs.PrintCaveats(context, $"patient {r.PatientId}", r.Notes);
        if (!r.IsApplicable)
        {
            outcome.Problems.ToList().ForEach(p => context.Error.WriteLine(p.ToString()));
            return ExitCodes.InvalidData;
        }

        if (a.Json)
        {
            context.Console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(r, LamTrackJson.Options));
        }
        else
        {
            Text(context, r);
        }

        if (a.Plot is not null)
        {
            string name = PlotName(a.Plot);
            PkPlot.Save(new PkPlotData($"Patient {r.PatientId}: forecast with {r.Forecast!.Regimen} from {r.DecisionDate:yyyy-MM-dd}", r.Forecast.Points, r.Troughs, r.Window), name);
            context.Error.WriteLine($"plot written to {name}.png and {name}.svg");
        }

        return ExitCodes.Ok;
    }

    /// <summary>The plot file name without a ".png" or ".svg" extension, so "out.png" writes out.png and out.svg.</summary>
    internal static string PlotName(string plot) =>
        Path.GetExtension(plot).ToUpperInvariant() is ".PNG" or ".SVG" ? plot[..^Path.GetExtension(plot).Length] : plot;

    private static void Header(CliContext context, DoseProposalReport r)
    {
        context.Error.WriteLine($"model {r.Model.Id}: {r.Model.Reference} {r.Model.Verification}");
        if (!r.Model.IsLamPopulation)
        {
            context.Error.WriteLine($"  off-population prior: estimated in {r.Model.PopulationDescription}");
        }
    }

    private static void Text(CliContext context, DoseProposalReport r)
    {
        IndividualEstimate e = r.Estimate!;
        context.Console.WriteLine($"Patient {r.PatientId}: {r.TroughsUsed} trough(s) used; decision on {r.DecisionDate:yyyy-MM-dd}; "
            + $"current dose {(r.CurrentDailyMilligrams is double d ? F(d) + " mg/day" : "none")}; individual CL/F {F(e.ClearanceLitresPerHour)} L/h, V/F {F(e.CentralVolumeLitres, "0")} L", Style.Plain);
        context.Console.Write(Table(r));
        if (r.NoCandidateLikely)
        {
            context.Console.WriteLine($"No candidate regimen (up to {F(r.LabelMaximum.DailyMilligrams)} mg/day, the Japanese label maximum) is likely to reach {r.Window.Text} with CL/F ×{F(r.ClearanceMultiplierAssumed)} from interactions; the closest are listed first.", Style.Plain);
        }

        if (r.Proportional is ProportionalDose rule)
        {
            context.Console.WriteLine($"Label proportional rule: {F(rule.CurrentDailyMilligrams)} mg × {F(rule.TargetNanogramsPerMillilitre)} / {F(rule.MeasuredTroughNanogramsPerMillilitre)} ng/mL = {F(rule.NewDailyMilligrams)} mg/day (≈ {F(rule.RoundedDailyMilligrams)} mg); it assumes the last trough was at steady state with no changing interaction.", Style.Plain);
        }

        context.Console.WriteLine($"Next trough: {r.NextTroughDate:yyyy-MM-dd} ({r.NextTroughReason}). CL/F multiplier from interactions assumed at steady state: ×{F(r.ClearanceMultiplierAssumed)}.", Style.Plain);
        if (r.Plan is DosePlanSummary plan)
        {
            PkDosePlanText.Print(context, plan, r.Window);
        }

        foreach (string warning in r.Warnings.Where(w => w.Contains("beyond the label", StringComparison.Ordinal)))
        {
            context.Console.WriteLine("Warning: " + warning, Style.Plain);
        }
    }

    private static Table Table(DoseProposalReport r)
    {
        var table = new Table().Title(Markup.Escape($"Dose options for a trough window of {r.Window.Text} ({r.Window.Source})"));
        foreach (string column in new[] { "rank", "regimen", "mg/day", "SS trough (ng/mL)", "P(in window)", "score" })
        {
            table.AddColumn(column);
        }

        foreach ((RegimenOption d, int i) in r.Regimens.Take(10).Select((d, i) => (d, i)))
        {
            string trough = d.IsOnceDaily ? F(d.LowestTroughNanogramsPerMillilitre) : $"{F(d.LowestTroughNanogramsPerMillilitre)}–{F(d.HighestTroughNanogramsPerMillilitre)}";
            string regimen = d.IsBeyondLabel ? d.Description + " (beyond label)" : d.Description;
            table.AddRow((i + 1).ToString(PkInputs.Inv), Markup.Escape(regimen), F(d.MeanDailyMilligrams), trough, d.ProbabilityInWindow.ToString("P0", PkInputs.Inv), F(d.Score));
        }

        return table;
    }

    private static string F(double v, string format = "0.##") => v.ToString(format, PkInputs.Inv);
}
