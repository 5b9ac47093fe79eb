using System.CommandLine;
using System.Text;
using LamTrack.Application.Pharmacokinetics;
using LamTrack.Cli.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LamTrack.Cli.Commands.Pk;

/// <summary><c>lamtrack pk simulate --model ID|FILE --data FILE.csv [--out FILE.csv]</c>: PRED, and IPRED when ETA_ columns are given, at each observation record.</summary>
public static class PkSimulateCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        Option<string> model = PkCommand.ModelOption();
        var data = new Option<string>("--data") { Description = "NONMEM-style CSV (ID, TIME h, AMT mg, EVID, CMT, II, ADDL, SS, DV ng/mL, MDV, LLOQ, covariates, ETA_<PARAM>)", Required = true };
        var output = new Option<string?>("--out") { Description = "Output CSV (default: standard output)" };
        var command = new Command("simulate", "Population (PRED) and individual (IPRED, with ETA_ columns) predictions at every observation record") { model, data, output };
        command.SetAction((p, cancellationToken) => PkInputs.GuardedAsync(context, () =>
            RunAsync(new PkSimulationRequest(PkModelRequest.FromCommandLine(p.GetValue(model)!), p.GetValue(data)!), p.GetValue(output), context, cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(PkSimulationRequest request, string? outPath, CliContext context, CancellationToken cancellationToken)
    {
        PkSimulationService service = context.Services.GetRequiredService<PkSimulationService>();
        PkOutcome<PkSimulationResult> outcome = await service.SimulateAsync(request, cancellationToken).ConfigureAwait(false);
        if (outcome.Result is not PkSimulationResult result)
        {
            return PkInputs.Failed(context, outcome.Problems);
        }

        PkInputs.PrintModelHeader(context, result.Model);
        result.Subjects.ToList().ForEach(s => PkInputs.PrintCaveats(context, $"ID {s.Id}", s.Caveats));
        string csv = Csv(result);
        if (outPath is null)
        {
            context.Console.Profile.Out.Writer.Write(csv);
        }
        else
        {
            AtomicOutput.Write(outPath, w => w.Write(csv));
            context.Error.WriteLine($"{result.Subjects.Count} subject(s) written to {outPath}");
        }

        return ExitCodes.Ok;
    }

    private static string Csv(PkSimulationResult result)
    {
        var csv = new StringBuilder("ID,TIME,DV,PRED,IPRED,STATUS\n");
        foreach (PkSubjectPredictions s in result.Subjects)
        {
            string status = s.IsApplicable ? "ok" : "not-applicable";
            foreach (PkPredictionPoint p in s.Points)
            {
                csv.Append(s.Id).Append(',').Append(PkInputs.Number(p.TimeHours)).Append(',').Append(PkInputs.Number(p.ObservedNanogramsPerMillilitre))
                    .Append(',').Append(PkInputs.Number(p.PopulationNanogramsPerMillilitre)).Append(',').Append(PkInputs.Number(p.IndividualNanogramsPerMillilitre))
                    .Append(',').Append(status).Append('\n');
            }
        }

        return csv.ToString();
    }
}
