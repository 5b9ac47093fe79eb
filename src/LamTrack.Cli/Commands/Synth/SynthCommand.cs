using System.CommandLine;
using System.Globalization;
using LamTrack.Application.Problems;
using LamTrack.Application.Progress;
using LamTrack.Application.Synthesis;
using LamTrack.Cli.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace LamTrack.Cli.Commands.Synth;

/// <summary><c>lamtrack synth --patients N --seed S --out PATH</c>: a deterministic synthetic cohort in the patient file format (JSON Lines).</summary>
public static class SynthCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var patients = new Option<int>("--patients") { Description = "Number of patients (1 to 10,000,000).", Required = true };
        patients.Validators.Add(r =>
        {
            int n = r.GetValueOrDefault<int>();
            if (n < 1 || n > 10_000_000)
            {
                r.AddError($"--patients must be between 1 and 10,000,000, not {n.ToString(CultureInfo.InvariantCulture)}");
            }
        });
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same cohort.", DefaultValueFactory = _ => 1 };
        var output = new Option<FileInfo>("--out") { Description = "JSON Lines file to write (one patient per line).", Required = true };
        var model = new SynthModelOptions();
        var command = new Command("synth", "Generate a synthetic LAM cohort: recurrent pneumothorax depending on sirolimus and trough level, dose changes, troughs, interacting drugs, dropout.")
        {
            patients, seed, output,
        };
        foreach (Option option in model.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parsed => Run(context, new SyntheticCohortRequest(parsed.GetValue(patients), parsed.GetValue(seed), parsed.GetRequiredValue(output).FullName, model.Bind(parsed))));
        return command;
    }

    private static int Run(CliContext context, SyntheticCohortRequest request)
    {
        var service = context.Services.GetRequiredService<SyntheticCohortService>();
        // Refused before the header and the progress bar, so a mistyped folder prints only its error.
        if (SyntheticCohortService.Check(request) is { Count: > 0 } refused)
        {
            return Refused(context, refused);
        }

        context.Console.MarkupLine(Markup.Escape($"Synthetic cohort: {request.PatientCount} patients, seed {request.Seed}."));
        context.Console.MarkupLine(Markup.Escape($"Parameters: {request.Settings.Describe()}"));
        IReadOnlyList<Problem> problems = [];
        context.Console.Progress().Start(progress =>
        {
            ProgressTask task = progress.AddTask("Generating patients", maxValue: request.PatientCount);
            problems = service.Generate(request, new SynchronousProgress<int>(n => task.Increment(n)), CancellationToken.None);
        });
        if (problems.Count > 0)
        {
            return Refused(context, problems);
        }

        context.Console.MarkupLine($"Wrote {Markup.Escape(Path.GetFullPath(request.OutputPath))}");
        return ExitCodes.Ok;
    }

    private static int Refused(CliContext context, IReadOnlyList<Problem> problems)
    {
        foreach (Problem problem in problems)
        {
            context.Error.WriteLine($"error: {problem.Message}");
        }

        return ExitCodes.InvalidData;
    }
}
