using System.CommandLine;
using System.Text;
using LamTrack.Application.Pharmacokinetics;
using LamTrack.Cli.Infrastructure;
using LamTrack.Pharmacokinetics.Data;
using LamTrack.Pharmacokinetics.Dosing;
using LamTrack.Pharmacokinetics.Estimation;
using LamTrack.Pharmacokinetics.Models;
using LamTrack.Pharmacokinetics.Proposals;
using Spectre.Console;

namespace LamTrack.Cli.Commands.Pk;

/// <summary><c>lamtrack pk estimate --model ID|FILE --data FILE.csv --out FILE.csv [--plot DIR] [--target LOW-HIGH]</c>: MAP Bayesian estimates per ID.</summary>
public static class PkEstimateCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        Option<string> model = PkCommand.ModelOption();
        var data = new Option<string>("--data") { Description = "NONMEM-style CSV with doses and troughs", Required = true };
        var output = new Option<string>("--out") { Description = "Output CSV: per observation, the ID's ETAs, parameters, OFV, IPRED and posterior SDs", Required = true };
        var plot = new Option<string?>("--plot") { Description = "Folder for one PNG and one SVG per ID (concentration, 90 % band, target window, troughs)" };
        var target = new Option<string>("--target") { Description = "Target window LOW-HIGH in ng/mL for the plots", DefaultValueFactory = _ => "5-15" };
        var command = new Command("estimate", "MAP Bayesian estimation of each ID's parameters from its troughs") { model, data, output, plot, target };
        command.SetAction(p => PkInputs.Guarded(context, () =>
            Run(new Args(p.GetValue(model)!, p.GetValue(data)!, p.GetValue(output)!, p.GetValue(plot), TargetWindow.Parse(p.GetValue(target)!)), context)));
        return command;
    }

    private sealed record Args(string Model, string Data, string Out, string? PlotDir, TargetWindow Window);

    private static int Run(Args args, CliContext context)
    {
        PopulationModel model = PkInputs.Model(args.Model);
        IReadOnlyList<SubjectData> subjects = NonmemDataReader.ReadFile(args.Data);
        PkInputs.PrintModelHeader(context, model);
        var results = new (ModelApplicability A, MapEstimate? E)[subjects.Count];
        context.Console.Progress().Start(ctx =>
        {
            ProgressTask task = ctx.AddTask("MAP estimation", maxValue: subjects.Count);
            Parallel.For(0, subjects.Count, i =>
            {
                results[i] = EstimateOne(model, subjects[i]);
                task.Increment(1);
            });
        });
        var csv = new StringBuilder();
        csv.Append(Header(model));
        for (int i = 0; i < subjects.Count; i++)
        {
            PkInputs.PrintCaveats(context, $"ID {subjects[i].Id}", results[i].A.Assumptions.Concat(results[i].A.Reasons.Select(r => "NOT APPLICABLE: " + r)));
            Append(csv, model, subjects[i], results[i].E);
        }

        PkInputs.WriteAtomically(args.Out, csv.ToString());
        context.Error.WriteLine($"{subjects.Count} subject(s) estimated; written to {args.Out}");
        if (args.PlotDir is not null)
        {
            PlotAll(args, subjects, results, context);
        }

        return ExitCodes.Ok;
    }

    private static (ModelApplicability, MapEstimate?) EstimateOne(PopulationModel model, SubjectData s)
    {
        ModelApplicability a = model.Apply(s.Covariates);
        return a.Prior is SubjectPrior prior
            ? (a, MapEstimator.Estimate(prior, EstimationSubject.Create(s.Doses, ClearanceSchedule.None, s.Observations)))
            : (a, null);
    }

    private static string Header(PopulationModel model)
    {
        IEnumerable<string> etas = model.RandomEffects.Select(r => r.Parameter);
        IEnumerable<string> parameters = PopulationModel.RequiredParameters(model.Structure);
        return "ID,TIME,DV,CENSORED,PRED,IPRED,OFV,CONVERGED," + string.Join(',', etas.Select(e => "ETA_" + e)) + ","
            + string.Join(',', parameters) + "," + string.Join(',', etas.Select(e => "SD_ETA_" + e)) + "\n";
    }

    private static void Append(StringBuilder csv, PopulationModel model, SubjectData s, MapEstimate? e)
    {
        IReadOnlyList<Observation> used = [.. s.Observations.Where(o => o.IsUsed).OrderBy(o => o.TimeHours)];
        string perId = e is null
            ? "not-applicable,," + new string(',', (2 * model.RandomEffects.Count) + PopulationModel.RequiredParameters(model.Structure).Count - 1)
            : PkInputs.Number(e.Objective) + "," + (e.Converged ? "1" : "0") + "," + string.Join(',', e.Etas.Select(PkInputs.Number)) + ","
              + string.Join(',', ParameterValues(model, e).Select(PkInputs.Number)) + "," + string.Join(',', e.PosteriorSd.Select(PkInputs.Number));
        for (int i = 0; i < used.Count; i++)
        {
            Observation o = used[i];
            csv.Append(s.Id).Append(',').Append(PkInputs.Number(o.TimeHours)).Append(',').Append(PkInputs.Number(o.ValueNanogramsPerMillilitre))
                .Append(',').Append(o.IsCensored ? '1' : '0').Append(',')
                .Append(e is null ? string.Empty : PkInputs.Number(e.PopulationPredictions[i])).Append(',')
                .Append(e is null ? string.Empty : PkInputs.Number(e.IndividualPredictions[i])).Append(',').Append(perId).Append('\n');
        }
    }

    private static double[] ParameterValues(PopulationModel model, MapEstimate e) => model.Structure == ModelStructure.OneCompartmentOral
        ? [e.Parameters.ClearanceLitresPerHour, e.Parameters.CentralVolumeLitres, e.Parameters.AbsorptionRatePerHour]
        : [e.Parameters.ClearanceLitresPerHour, e.Parameters.CentralVolumeLitres, e.Parameters.IntercompartmentalClearanceLitresPerHour,
            e.Parameters.PeripheralVolumeLitres, e.Parameters.AbsorptionRatePerHour];

    private static void PlotAll(Args args, IReadOnlyList<SubjectData> subjects, (ModelApplicability A, MapEstimate? E)[] results, CliContext context)
    {
        Directory.CreateDirectory(args.PlotDir!);
        for (int i = 0; i < subjects.Count; i++)
        {
            if (results[i].A.Prior is SubjectPrior prior && results[i].E is MapEstimate e)
            {
                SubjectData s = subjects[i];
                double end = Math.Max(s.Observations.Select(o => o.TimeHours).DefaultIfEmpty(0).Max(), s.Doses.Doses.Select(d => d.TimeHours).DefaultIfEmpty(0).Max() + 24);
                double[] times = [.. Enumerable.Range(0, (int)Math.Ceiling(end) + 1).Select(h => (double)h)];
                IReadOnlyList<ForecastPoint> f = Forecaster.Forecast(prior, e, s.Doses, ClearanceSchedule.None, times, 300, 20261127);
                string file = Path.Combine(args.PlotDir!, "pk-" + string.Concat(s.Id.Select(c => char.IsLetterOrDigit(c) ? c : '_')));
                PkPlot.Save(PlotData($"ID {s.Id}: {prior.Model.Id} MAP forecast", f, s.Observations, args.Window), file);
            }
        }

        context.Error.WriteLine($"plots (PNG and SVG) written to {args.PlotDir}");
    }

    // A NONMEM-style data set has hours but no calendar: the points carry the default date, which the plot never reads.
    private static PkPlotData PlotData(string title, IReadOnlyList<ForecastPoint> f, IReadOnlyList<Observation> observations, TargetWindow window) => new(
        title,
        [.. f.Select(p => new ForecastBandPoint(p.TimeHours, default, p.PredictionNanogramsPerMillilitre, p.LowerNanogramsPerMillilitre, p.UpperNanogramsPerMillilitre))],
        [.. observations.Where(o => o.IsUsed).Select(o => new TroughPoint(o.TimeHours, default,
            o.IsCensored ? null : o.ValueNanogramsPerMillilitre,
            o.IsCensored && !o.IsAboveLimit ? o.LowerLimitNanogramsPerMillilitre : null,
            o.IsAboveLimit ? o.UpperLimitNanogramsPerMillilitre : null))],
        new TroughWindowSummary(window.LowNanogramsPerMillilitre, window.HighNanogramsPerMillilitre, window.Source, window.ToString()));
}
