using System.CommandLine;
using System.Globalization;
using System.Text;
using LamTrack.Application.Pharmacokinetics;
using LamTrack.Application.Progress;
using LamTrack.Cli.Infrastructure;
using LamTrack.Measures.Quantities;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
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
        command.SetAction((p, cancellationToken) => PkInputs.GuardedAsync(context, () => RunAsync(new Args(p.GetValue(model)!, p.GetValue(dose), p.GetValue(interval), p.GetValue(days),
            p.GetValue(n), p.GetValue(seed), p.GetValue(target)!, p.GetValue(report)!, p.GetValue(covariates) ?? [], !p.GetValue(noResidual), p.GetValue(output)), context, cancellationToken)));
        return command;
    }

    private sealed record Args(string Model, double Dose, double Interval, int Days, int N, ulong Seed, string Target, string Report,
        string[] Covariates, bool Residual, string? Out);

    private static async Task<int> RunAsync(Args a, CliContext context, CancellationToken cancellationToken)
    {
        PkPopulationService service = context.Services.GetRequiredService<PkPopulationService>();
        PkOutcome<PkPopulationResult>? outcome = null;
        PkPopulationRequest request = Request(a);
        await context.Console.Progress().StartAsync(async ctx =>
        {
            ProgressTask task = ctx.AddTask($"{a.N:N0} virtual patients", maxValue: 1.0);
            outcome = await service.SimulateAsync(request, new SynchronousProgress<double>(f => task.Value = f), cancellationToken).ConfigureAwait(false);
            task.Value = 1.0;
        }).ConfigureAwait(false);
        if (outcome!.Result is not PkPopulationResult result)
        {
            return PkInputs.Failed(context, outcome.Problems);
        }

        PkInputs.PrintModelHeader(context, result.Model);
        PkInputs.PrintCaveats(context, "population", result.Caveats);
        if (!result.IsApplicable)
        {
            return ExitCodes.InvalidData;
        }

        Print(result, a, context);
        if (a.Out is not null)
        {
            AtomicOutput.Write(a.Out, w => w.Write(Csv(result)));
        }

        return ExitCodes.Ok;
    }

    private static PkPopulationRequest Request(Args a) => new(PkModelRequest.FromCommandLine(a.Model), Dose.FromMilligrams(a.Dose))
    {
        Interval = Duration.FromHours(a.Interval),
        Days = a.Days,
        Subjects = a.N,
        Seed = a.Seed,
        Target = a.Target,
        ReportDays = [.. ReportDays(a.Report, a.Days)],
        Covariates = Covariates(a.Covariates),
        ResidualError = a.Residual,
    };

    private static IEnumerable<int> ReportDays(string text, int days)
    {
        foreach (string item in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return int.TryParse(item, NumberStyles.Integer, PkInputs.Inv, out int day)
                ? day
                : throw new PkUsageException(PkPopulationRequest.ReportDayRule(item, days));
        }
    }

    private static Dictionary<string, double> Covariates(string[] items)
    {
        var result = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (string item in items)
        {
            string[] kv = item.Split('=', 2, StringSplitOptions.TrimEntries);
            if (kv.Length != 2 || !double.TryParse(kv[1], NumberStyles.Float, PkInputs.Inv, out double v))
            {
                throw new PkUsageException($"--covariate '{item}' must be NAME=VALUE with a number, e.g. AGE=40");
            }

            result[kv[0]] = v;
        }

        return result;
    }

    private static void Print(PkPopulationResult r, Args a, CliContext context)
    {
        var table = new Table().Title(Markup.Escape($"{a.N:N0} virtual patients, {a.Dose} mg every {a.Interval} h, seed {a.Seed}, target {r.Window.Text}"));
        foreach (string column in new[] { "day", "mean", "P5", "P25", "median", "P75", "P95", "below", "in target", "above" })
        {
            table.AddColumn(column);
        }

        foreach (PkTroughDistribution s in r.Days)
        {
            table.AddRow(F(s.TimeHours / 24, "0.#"), F(s.MeanNanogramsPerMillilitre), F(s.P05NanogramsPerMillilitre), F(s.P25NanogramsPerMillilitre),
                F(s.MedianNanogramsPerMillilitre), F(s.P75NanogramsPerMillilitre), F(s.P95NanogramsPerMillilitre),
                F(s.ProbabilityBelow, "P1"), F(s.ProbabilityInTarget, "P1"), F(s.ProbabilityAbove, "P1"));
        }

        context.Console.Write(table);
        context.Console.WriteLine($"Troughs in ng/mL ({(a.Residual ? "observed levels, with residual error" : "true levels, no residual error")}); percentiles from a histogram with ≤ 1.6 % bins.");
    }

    private static string F(double v, string format = "0.00") => v.ToString(format, PkInputs.Inv);

    private static string Csv(PkPopulationResult r)
    {
        var csv = new StringBuilder("DAY,MEAN,P5,P25,MEDIAN,P75,P95,P_BELOW,P_IN_TARGET,P_ABOVE\n");
        foreach (PkTroughDistribution s in r.Days)
        {
            csv.AppendJoin(',', [PkInputs.Number(s.TimeHours / 24), PkInputs.Number(s.MeanNanogramsPerMillilitre), PkInputs.Number(s.P05NanogramsPerMillilitre),
                PkInputs.Number(s.P25NanogramsPerMillilitre), PkInputs.Number(s.MedianNanogramsPerMillilitre), PkInputs.Number(s.P75NanogramsPerMillilitre),
                PkInputs.Number(s.P95NanogramsPerMillilitre), PkInputs.Number(s.ProbabilityBelow), PkInputs.Number(s.ProbabilityInTarget),
                PkInputs.Number(s.ProbabilityAbove)]).Append('\n');
        }

        return csv.ToString();
    }
}
