using System.CommandLine;
using System.Globalization;
using LamTrack.Application.Problems;
using LamTrack.Application.Statistics;
using LamTrack.Cli.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace LamTrack.Cli.Commands.Stats;

/// <summary><c>lamtrack stats km</c>: a Kaplan–Meier table from a <c>time,status</c> CSV, equal to R's survfit.</summary>
internal static class KaplanMeierCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Option<FileInfo>("--input") { Description = "CSV with columns time (≥ 0) and status (1 event, 0 censored).", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "CSV to write: time,n_risk,n_event,n_censor,surv,std_err,lower95,upper95.", Required = true };
        var type = new Option<string>("--conf-type") { Description = "Confidence interval: log (R's default), log-log or plain.", DefaultValueFactory = _ => "log" };
        type.AcceptOnlyFromAmong([.. KaplanMeierRequest.IntervalTypeNames]);
        var level = new Option<double>("--conf-level") { Description = "Two-sided confidence level in (0, 1).", DefaultValueFactory = _ => 0.95 };
        level.Validators.Add(result =>
        {
            double value = result.GetValueOrDefault<double>();
            if (!(value > 0 && value < 1))
            {
                result.AddError($"--conf-level must lie strictly between 0 and 1, not {value.ToString(CultureInfo.InvariantCulture)}");
            }
        });

        var command = new Command("km", "Kaplan–Meier estimate with Greenwood standard errors and confidence limits, as R's survfit.")
        {
            input, output, type, level,
        };
        command.SetAction((parsed, cancellationToken) => RunAsync(context, KaplanMeierRequest.Create(parsed.GetRequiredValue(input).FullName, parsed.GetRequiredValue(output).FullName,
            parsed.GetValue(type)!, parsed.GetValue(level)), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, KaplanMeierRequest request, CancellationToken cancellationToken)
    {
        KaplanMeierResult result = await context.Services.GetRequiredService<KaplanMeierService>().FitAsync(request, cancellationToken).ConfigureAwait(false);
        if (result.Summary is not KaplanMeierSummary summary)
        {
            foreach (Problem problem in result.Problems)
            {
                context.Error.WriteLine($"error: {problem.Message}");
            }

            if (result.Problems[0].Code == ApplicationProblemCodes.InvalidSurvivalData)
            {
                context.Error.WriteLine($"{result.Problems.Count} problem(s) in {Path.GetFileName(request.InputPath)}; nothing was written.");
            }

            return ExitCodes.InvalidData;
        }

        Report(context.Console, summary, new FileInfo(request.OutputPath));
        return ExitCodes.Ok;
    }

    private static void Report(IAnsiConsole console, KaplanMeierSummary summary, FileInfo output)
    {
        string Show(double? v) => v?.ToString("G6", CultureInfo.InvariantCulture) ?? "not reached";
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"Kaplan–Meier: {summary.SubjectCount} subjects, {summary.EventCount} events, {summary.DistinctTimes} distinct times."));
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"Median {Show(summary.MedianTime)} ({summary.ConfidenceLevel * 100:0.###} % CI {Show(summary.MedianLower)} to {Show(summary.MedianUpper)})."));
        console.MarkupLine($"Wrote {Markup.Escape(output.FullName)}");
    }
}
