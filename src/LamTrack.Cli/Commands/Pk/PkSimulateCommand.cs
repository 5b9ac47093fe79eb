using System.CommandLine;
using System.Text;
using LamTrack.Cli.Infrastructure;
using LamTrack.Pharmacokinetics.Data;
using LamTrack.Pharmacokinetics.Dosing;
using LamTrack.Pharmacokinetics.Models;
using LamTrack.Pharmacokinetics.Solver;

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
        command.SetAction(p => PkInputs.Guarded(context, () => Run(p.GetValue(model)!, p.GetValue(data)!, p.GetValue(output), context)));
        return command;
    }

    private static int Run(string modelId, string dataPath, string? outPath, CliContext context)
    {
        PopulationModel model = PkInputs.Model(modelId);
        IReadOnlyList<SubjectData> subjects = NonmemDataReader.ReadFile(dataPath, DataPurpose.Simulation);
        PkInputs.PrintModelHeader(context, model);
        var csv = new StringBuilder("ID,TIME,DV,PRED,IPRED,STATUS\n");
        foreach (SubjectData s in subjects)
        {
            AppendSubject(csv, model, s, context);
        }

        if (outPath is null)
        {
            context.Console.Profile.Out.Writer.Write(csv.ToString());
        }
        else
        {
            PkInputs.WriteAtomically(outPath, csv.ToString());
            context.Error.WriteLine($"{subjects.Count} subject(s) written to {outPath}");
        }

        return ExitCodes.Ok;
    }

    private static void AppendSubject(StringBuilder csv, PopulationModel model, SubjectData s, CliContext context)
    {
        ModelApplicability a = model.Apply(s.Covariates);
        PkInputs.PrintCaveats(context, $"ID {s.Id}", a.Assumptions.Concat(a.Reasons.Select(r => "NOT APPLICABLE: " + r)));
        double[] times = [.. s.Observations.Select(o => o.TimeHours)];
        double[] pred = new double[times.Length], ipred = new double[times.Length];
        pred.AsSpan().Fill(double.NaN);
        ipred.AsSpan().Fill(double.NaN);
        if (a.Prior is SubjectPrior prior)
        {
            ConcentrationSolver.Predict(prior.Typical, s.Doses, ClearanceSchedule.None, times, pred);
            if (s.Etas.Count > 0)
            {
                double[] eta = [.. prior.EtaNames.Select(n => s.Etas.TryGetValue(n, out double v) ? v : 0.0)];
                ConcentrationSolver.Predict(prior.Individual(eta), s.Doses, ClearanceSchedule.None, times, ipred);
            }
        }

        string status = a.IsApplicable ? "ok" : "not-applicable";
        for (int i = 0; i < times.Length; i++)
        {
            csv.Append(s.Id).Append(',').Append(PkInputs.Number(times[i])).Append(',').Append(PkInputs.Number(s.Observations[i].ValueNanogramsPerMillilitre))
                .Append(',').Append(PkInputs.Number(pred[i])).Append(',').Append(PkInputs.Number(ipred[i])).Append(',').Append(status).Append('\n');
        }
    }
}
