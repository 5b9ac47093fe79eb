using System.CommandLine;
using System.Text;
using LamTrack.Application.Pharmacokinetics;
using LamTrack.Application.Progress;
using LamTrack.Cli.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
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
        command.SetAction((p, cancellationToken) => PkInputs.GuardedAsync(context, () =>
            RunAsync(new Args(p.GetValue(model)!, p.GetValue(data)!, p.GetValue(output)!, p.GetValue(plot), p.GetValue(target)!), context, cancellationToken)));
        return command;
    }

    private sealed record Args(string Model, string Data, string Out, string? PlotDir, string Target);

    private static async Task<int> RunAsync(Args args, CliContext context, CancellationToken cancellationToken)
    {
        // Every output path is checked before the estimation, so a bad --plot never follows a written --out.
        OutputPaths.RequireFile(args.Out, "--out");
        if (args.PlotDir is not null)
        {
            OutputPaths.RequireFolder(args.PlotDir, "--plot");
        }

        var request = new PkEstimationRequest(PkModelRequest.FromCommandLine(args.Model), args.Data) { Target = args.Target, IncludeForecast = args.PlotDir is not null };
        PkOutcome<PkEstimationResult> outcome = await EstimateAsync(request, context, cancellationToken).ConfigureAwait(false);
        if (outcome.Result is not PkEstimationResult result)
        {
            return PkInputs.Failed(context, outcome.Problems);
        }

        PkInputs.PrintCaveatsOnce(context, result.Subjects.Select(s => ($"ID {s.Id}", (IEnumerable<string>)s.Caveats)));
        string csv = Csv(result);
        AtomicOutput.Write(args.Out, w => w.Write(csv));
        context.Error.WriteLine($"{result.Subjects.Count} subject(s) estimated; written to {args.Out}");
        if (args.PlotDir is not null)
        {
            PlotAll(args.PlotDir, result, context);
        }

        return ExitCodes.Ok;
    }

    // The header names the model the result rests on, so it follows the estimation.
    private static async Task<PkOutcome<PkEstimationResult>> EstimateAsync(PkEstimationRequest request, CliContext context, CancellationToken cancellationToken)
    {
        PkEstimationService service = context.Services.GetRequiredService<PkEstimationService>();
        PkOutcome<PkEstimationResult>? outcome = null;
        await context.Console.Progress().StartAsync(async ctx =>
        {
            ProgressTask task = ctx.AddTask("MAP estimation", maxValue: 1);
            outcome = await service.EstimateAsync(request, new SynchronousProgress<double>(f => task.Value = f), cancellationToken).ConfigureAwait(false);
            task.Value = 1;
        }).ConfigureAwait(false);
        if (outcome!.Result is PkEstimationResult result)
        {
            PkInputs.PrintModelHeader(context, result.Model);
        }

        return outcome;
    }

    private static string Csv(PkEstimationResult result)
    {
        var csv = new StringBuilder("ID,TIME,DV,CENSORED,PRED,IPRED,OFV,CONVERGED," + string.Join(',', result.EtaNames.Select(e => "ETA_" + e)) + ","
            + string.Join(',', result.ParameterNames) + "," + string.Join(',', result.EtaNames.Select(e => "SD_ETA_" + e)) + "\n");
        foreach (PkSubjectEstimate s in result.Subjects)
        {
            string perId = PerId(result, s.Estimate);
            foreach (PkEstimatedObservation o in s.Observations)
            {
                csv.Append(s.Id).Append(',').Append(PkInputs.Number(o.TimeHours)).Append(',').Append(PkInputs.Number(o.ObservedNanogramsPerMillilitre))
                    .Append(',').Append(o.IsCensored ? '1' : '0').Append(',').Append(PkInputs.Number(o.PopulationNanogramsPerMillilitre)).Append(',')
                    .Append(PkInputs.Number(o.IndividualNanogramsPerMillilitre)).Append(',').Append(perId).Append('\n');
            }
        }

        return csv.ToString();
    }

    private static string PerId(PkEstimationResult result, PkMapEstimate? e) => e is null
        ? "not-applicable,," + new string(',', (2 * result.EtaNames.Count) + result.ParameterNames.Count - 1)
        : PkInputs.Number(e.Objective) + "," + (e.Converged ? "1" : "0") + "," + string.Join(',', e.Etas.Select(PkInputs.Number)) + ","
          + string.Join(',', e.Parameters.Select(PkInputs.Number)) + "," + string.Join(',', e.PosteriorSd.Select(PkInputs.Number));

    private static void PlotAll(string folder, PkEstimationResult result, CliContext context)
    {
        Directory.CreateDirectory(folder);
        foreach (PkSubjectEstimate s in result.Subjects.Where(s => s.Forecast is not null))
        {
            string file = Path.Combine(folder, "pk-" + string.Concat(s.Id.Select(c => char.IsLetterOrDigit(c) ? c : '_')));
            PkPlot.Save(new PkPlotData($"ID {s.Id}: {result.Model.Id} MAP forecast", s.Forecast!, s.Troughs, result.Window), file);
        }

        context.Error.WriteLine($"plots (PNG and SVG) written to {folder}");
    }
}
