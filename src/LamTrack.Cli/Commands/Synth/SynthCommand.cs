using System.CommandLine;
using System.Globalization;
using LamTrack.Analytics.Synthesis;
using LamTrack.Cli.Infrastructure;
using LamTrack.PatientFiles;
using Spectre.Console;

namespace LamTrack.Cli.Commands.Synth;

/// <summary><c>lamtrack synth --patients N --seed S --out PATH</c>: a deterministic synthetic cohort in the patient file format (JSON Lines).</summary>
public static class SynthCommand
{
    private const int ChunkSize = 2000;

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

        command.SetAction(parsed => Run(context, parsed.GetValue(patients), parsed.GetValue(seed), parsed.GetRequiredValue(output), model.Bind(parsed)));
        return command;
    }

    private static int Run(CliContext context, int count, int seed, FileInfo output, SyntheticCohortParameters parameters)
    {
        if (output.Directory is { Exists: false })
        {
            context.Error.WriteLine($"error: output directory '{output.Directory.FullName}' does not exist; nothing was written.");
            return ExitCodes.InvalidData;
        }

        context.Console.MarkupLine(Markup.Escape($"Synthetic cohort: {count} patients, seed {seed}."));
        context.Console.MarkupLine(Markup.Escape($"Parameters: {parameters}"));
        context.Console.Progress().Start(progress =>
        {
            ProgressTask task = progress.AddTask("Generating patients", maxValue: count);
            AtomicOutput.Write(output.FullName, writer => WriteChunks(writer, count, seed, parameters, task));
        });
        context.Console.MarkupLine($"Wrote {Markup.Escape(output.FullName)}");
        return ExitCodes.Ok;
    }

    private static void WriteChunks(TextWriter writer, int count, int seed, SyntheticCohortParameters parameters, ProgressTask task)
    {
        var lines = new string[ChunkSize];
        for (int first = 0; first < count; first += ChunkSize)
        {
            int size = Math.Min(ChunkSize, count - first);
            // Each patient has its own generator, so chunks can be generated in parallel and stay deterministic.
            Parallel.For(0, size, i => lines[i] = PatientFileWriter.ToJsonLine(CohortSimulator.GeneratePatient(first + i, seed, parameters)));
            for (int i = 0; i < size; i++)
            {
                writer.Write(lines[i]);
                writer.Write('\n');
            }

            task.Increment(size);
        }
    }
}
