using LamTrack.Cli.Infrastructure;
using LamTrack.Dosing;
using LamTrack.Pharmacokinetics.Dosing;
using LamTrack.Pharmacokinetics.Engine;
using LamTrack.Pharmacokinetics.Estimation;
using LamTrack.Pharmacokinetics.Interactions;
using LamTrack.Pharmacokinetics.Models;
using LamTrack.Pharmacokinetics.Proposals;
using Spectre.Console;

namespace LamTrack.Cli.Commands.Pk;

/// <summary>Prints the dose proposals of <c>pk dose</c> and draws the forecast with the best one.</summary>
internal static class PkDoseReport
{
    public static int Print(CliContext context, PatientPkMapping mapping, PkResponse response, DoseArgs a)
    {
        PkInputs.PrintCaveats(context, $"patient {mapping.PatientId}", mapping.Assumptions.Concat(response.InteractionNotes.Select(n => n.Message)).Concat(response.Caveats));
        if (!response.Applicability.IsApplicable)
        {
            foreach (string reason in response.Applicability.Reasons)
            {
                context.Error.WriteLine($"NOT APPLICABLE: {reason}");
            }

            return ExitCodes.InvalidData;
        }

        DoseProposalResult p = response.Proposals!;
        MapEstimate e = response.Estimate!;
        context.Console.WriteLine($"Patient {mapping.PatientId}: {mapping.Treatment.Observations.Count} trough(s) used; decision on {mapping.DecisionDate:yyyy-MM-dd}; "
            + $"current dose {(mapping.CurrentDailyMilligrams is double d ? F(d) + " mg/day" : "none")}; individual CL/F {F(e.Parameters.ClearanceLitresPerHour)} L/h, V/F {F(e.Parameters.CentralVolumeLitres, "0")} L", Style.Plain);
        context.Console.Write(Table(p, a.Window));
        if (p.Ranked[0].ProbabilityInTarget < 0.05)
        {
            context.Console.WriteLine($"No candidate regimen (up to {F(SirolimusLabel.MaximumDailyDose.ToMilligramsPerDay())} mg/day, the Japanese label maximum) is likely to reach {a.Window} with CL/F ×{F(p.ClearanceMultiplierAssumed)} from interactions; the closest are listed first.", Style.Plain);
        }

        if (p.Proportional is ProportionalRule rule)
        {
            context.Console.WriteLine($"Label proportional rule: {F(rule.CurrentDailyMilligrams)} mg × {F(rule.TargetNanogramsPerMillilitre)} / {F(rule.MeasuredTroughNanogramsPerMillilitre)} ng/mL = {F(rule.NewDailyMilligrams)} mg/day (≈ {F(rule.RoundedDailyMilligrams)} mg); it assumes the last trough was at steady state with no changing interaction.", Style.Plain);
        }

        context.Console.WriteLine($"Next trough: {mapping.DecisionDate.PlusDays(p.NextTroughDaysAfterChange):yyyy-MM-dd} ({p.NextTroughReason}). CL/F multiplier from interactions assumed at steady state: ×{F(p.ClearanceMultiplierAssumed)}.", Style.Plain);
        if (a.Plot is not null)
        {
            string name = PlotName(a.Plot);
            Plot(mapping, response, a, p.Ranked[0], name);
            context.Error.WriteLine($"plot written to {name}.png and {name}.svg");
        }

        return ExitCodes.Ok;
    }

    private static Table Table(DoseProposalResult p, TargetWindow window)
    {
        var table = new Table().Title(Markup.Escape($"Dose options for a trough window of {window} ({window.Source})"));
        foreach (string column in new[] { "rank", "regimen", "mg/day", "SS trough (ng/mL)", "P(in window)", "score" })
        {
            table.AddColumn(column);
        }

        foreach ((DoseProposal d, int i) in p.Ranked.Take(10).Select((d, i) => (d, i)))
        {
            string trough = d.Candidate.IsOnceDaily ? F(d.LowestTroughNanogramsPerMillilitre) : $"{F(d.LowestTroughNanogramsPerMillilitre)}–{F(d.HighestTroughNanogramsPerMillilitre)}";
            table.AddRow((i + 1).ToString(PkInputs.Inv), Markup.Escape(d.Candidate.Description), F(d.Candidate.MeanDailyMilligrams), trough, d.ProbabilityInTarget.ToString("P0", PkInputs.Inv), F(d.Score));
        }

        return table;
    }

    /// <summary>The plot file name without a ".png" or ".svg" extension, so "out.png" writes out.png and out.svg.</summary>
    internal static string PlotName(string plot) =>
        Path.GetExtension(plot).ToUpperInvariant() is ".PNG" or ".SVG" ? plot[..^Path.GetExtension(plot).Length] : plot;

    private static void Plot(PatientPkMapping mapping, PkResponse response, DoseArgs a, DoseProposal best, string name)
    {
        double decision = mapping.HoursAt(mapping.DecisionDate);
        IEnumerable<DoseEvent> plan = Enumerable.Range(0, 56).Select(k => (k, mg: best.Candidate.CycleMilligrams[k % best.Candidate.CycleMilligrams.Count]))
            .Where(x => x.mg > 0).Select(x => DoseEvent.Create(decision + (24.0 * x.k), x.mg, DoseCompartment.Depot, 0));
        DosingHistory doses = mapping.Treatment.Doses.Before(decision).Append(plan);
        double start = Math.Max(0, mapping.Treatment.Observations.Select(o => o.TimeHours).DefaultIfEmpty(decision).Min() - (60 * 24));
        double[] times = [.. Enumerable.Range(0, (int)((decision + (56 * 24) - start) / 4)).Select(k => start + (4.0 * k))];
        SubjectPrior prior = response.Applicability.Prior!;
        InteractionResolution interactions = PkInputs.Interactions(a.Interactions).Resolve(mapping.Treatment.CoMedications, times[^1]);
        IReadOnlyList<ForecastPoint> f = Forecaster.Forecast(prior, response.Estimate, doses, interactions.Clearance, times, 300, 20261127);
        PkPlot.Save(new PkPlotData($"Patient {mapping.PatientId}: forecast with {best.Candidate.Description} from {mapping.DecisionDate:yyyy-MM-dd}", f, mapping.Treatment.Observations, a.Window), name);
    }

    private static string F(double v, string format = "0.##") => v.ToString(format, PkInputs.Inv);
}
