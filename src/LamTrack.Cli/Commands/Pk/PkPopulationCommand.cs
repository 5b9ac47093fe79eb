using System.CommandLine;
using System.Text;
using LamTrack.Cli.Infrastructure;
using LamTrack.Pharmacokinetics.Models;
using LamTrack.Pharmacokinetics.Proposals;
using LamTrack.Pharmacokinetics.Simulation;
using Spectre.Console;

namespace LamTrack.Cli.Commands.Pk;

/// <summary><c>lamtrack pk population --model ID|FILE --dose MG --interval H --days D --n N --seed S</c>: Monte Carlo trough distribution and target attainment.</summary>
public static class PkPopulationCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        Option<string> model = PkCommand.ModelOption();
        var dose = new Option<double>("--dose") { Description = "Dose per administration, mg", Required = true };
        var interval = new Option<double>("--interval") { Description = "Dosing interval, h", DefaultValueFactory = _ => 24 };
        var days = new Option<int>("--days") { Description = "Days simulated", DefaultValueFactory = _ => 365 };
        var n = new Option<int>("--n") { Description = "Number of virtual patients", DefaultValueFactory = _ => 10000 };
        var seed = new Option<ulong>("--seed") { Description = "Random seed (same seed, same result)", DefaultValueFactory = _ => 20261127 };
        var target = new Option<string>("--target") { Description = "Target window LOW-HIGH, ng/mL", DefaultValueFactory = _ => "5-15" };
        var report = new Option<string>("--report-days") { Description = "Days to summarise, comma-separated", DefaultValueFactory = _ => "7,14,28,90,180,365" };
        var covariates = new Option<string[]>("--covariate") { Description = "Covariate NAME=VALUE (repeatable), e.g. AGE=40", AllowMultipleArgumentsPerToken = true };
        var noResidual = new Option<bool>("--no-residual") { Description = "Simulate true levels (no assay/residual error)" };
        var output = new Option<string?>("--out") { Description = "Also write the per-day summary as CSV" };
        var command = new Command("population", "Monte Carlo of N virtual patients: trough distribution and probability of target attainment")
        {
            model, dose, interval, days, n, seed, target, report, covariates, noResidual, output,
        };
        command.SetAction(p => PkInputs.Guarded(context, () => Run(new Args(p.GetValue(model)!, p.GetValue(dose), p.GetValue(interval), p.GetValue(days),
            p.GetValue(n), p.GetValue(seed), TargetWindow.Parse(p.GetValue(target)!), p.GetValue(report)!, p.GetValue(covariates) ?? [], !p.GetValue(noResidual), p.GetValue(output)), context)));
        return command;
    }

    private sealed record Args(string Model, double Dose, double Interval, int Days, int N, ulong Seed, TargetWindow Window, string Report,
        string[] Covariates, bool Residual, string? Out);

    private static int Run(Args a, CliContext context)
    {
        PopulationModel model = PkInputs.Model(a.Model);
        ModelApplicability applicability = model.Apply(ParseCovariates(a.Covariates));
        PkInputs.PrintModelHeader(context, model);
        PkInputs.PrintCaveats(context, "population", applicability.Assumptions.Concat(applicability.Reasons.Select(r => "NOT APPLICABLE: " + r)));
        if (applicability.Prior is not SubjectPrior prior)
        {
            return ExitCodes.InvalidData;
        }

        PopulationSimulationRequest request = BuildRequest(a, prior);
        PopulationSimulationResult? result = null;
        context.Console.Progress().Start(ctx =>
        {
            ProgressTask task = ctx.AddTask($"{a.N:N0} virtual patients", maxValue: 1.0);
            result = PopulationSimulator.Run(request, new Progress<double>(f => task.Value = f));
            task.Value = 1.0;
        });
        Print(result!, a, context);
        if (a.Out is not null)
        {
            PkInputs.WriteAtomically(a.Out, Csv(result!));
        }

        return ExitCodes.Ok;
    }

    private static PopulationSimulationRequest BuildRequest(Args a, SubjectPrior prior)
    {
        if (!(a.Interval > 0) || 24.0 * a.Days % a.Interval != 0)
        {
            throw new ArgumentException($"--interval {a.Interval} h must be positive and divide the {a.Days} days evenly");
        }

        int intervals = (int)(24.0 * a.Days / a.Interval);
        int[] report = [.. a.Report.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => int.Parse(d, PkInputs.Inv)).Where(d => d >= 1 && d <= a.Days).Select(d => (int)(24.0 * d / a.Interval)).Where(i => i >= 1).Distinct()];
        return new PopulationSimulationRequest(prior, a.Dose, a.Interval, intervals, a.N, a.Seed,
            a.Window.LowNanogramsPerMillilitre, a.Window.HighNanogramsPerMillilitre, report.Length > 0 ? report : [intervals], a.Residual);
    }

    private static Dictionary<string, double> ParseCovariates(string[] items)
    {
        var result = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (string item in items)
        {
            string[] kv = item.Split('=', 2, StringSplitOptions.TrimEntries);
            if (kv.Length != 2 || !double.TryParse(kv[1], System.Globalization.NumberStyles.Float, PkInputs.Inv, out double v))
            {
                throw new FormatException($"--covariate '{item}' must be NAME=VALUE with a number, e.g. AGE=40");
            }

            result[kv[0]] = v;
        }

        return result;
    }

    private static void Print(PopulationSimulationResult r, Args a, CliContext context)
    {
        var table = new Table().Title(Markup.Escape($"{a.N:N0} virtual patients, {a.Dose} mg every {a.Interval} h, seed {a.Seed}, target {a.Window}"));
        foreach (string column in new[] { "day", "mean", "P5", "P25", "median", "P75", "P95", "below", "in target", "above" })
        {
            table.AddColumn(column);
        }

        foreach (TroughSummary s in r.Summaries)
        {
            table.AddRow(F(s.TimeHours / 24, "0.#"), F(s.Mean), F(s.P05), F(s.P25), F(s.Median), F(s.P75), F(s.P95),
                F(s.ProbabilityBelow, "P1"), F(s.ProbabilityInTarget, "P1"), F(s.ProbabilityAbove, "P1"));
        }

        context.Console.Write(table);
        context.Console.WriteLine($"Troughs in ng/mL ({(a.Residual ? "observed levels, with residual error" : "true levels, no residual error")}); percentiles from a histogram with ≤ 1.6 % bins.");
    }

    private static string F(double v, string format = "0.00") => v.ToString(format, PkInputs.Inv);

    private static string Csv(PopulationSimulationResult r)
    {
        var csv = new StringBuilder("DAY,MEAN,P5,P25,MEDIAN,P75,P95,P_BELOW,P_IN_TARGET,P_ABOVE\n");
        foreach (TroughSummary s in r.Summaries)
        {
            csv.AppendJoin(',', [PkInputs.Number(s.TimeHours / 24), PkInputs.Number(s.Mean), PkInputs.Number(s.P05), PkInputs.Number(s.P25),
                PkInputs.Number(s.Median), PkInputs.Number(s.P75), PkInputs.Number(s.P95), PkInputs.Number(s.ProbabilityBelow),
                PkInputs.Number(s.ProbabilityInTarget), PkInputs.Number(s.ProbabilityAbove)]).Append('\n');
        }

        return csv.ToString();
    }
}
