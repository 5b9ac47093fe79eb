using LamTrack.Analytics.Synthesis;
using LamTrack.Application.Output;
using LamTrack.Application.Problems;
using LamTrack.PatientFiles;
using Microsoft.Extensions.Logging;

namespace LamTrack.Application.Synthesis;

/// <summary>Generates a synthetic LAM cohort (<see cref="CohortSimulator"/>) into a JSON Lines file.</summary>
/// <param name="logger">Logs the size of each cohort written, never a patient.</param>
public sealed partial class SyntheticCohortService(ILogger<SyntheticCohortService> logger)
{
    /// <summary>Patients generated between two progress reports (and between two cancellation checks).</summary>
    public const int ChunkSize = 2000;

    /// <summary>Why <paramref name="request"/> cannot be written (its output folder does not exist), before any work.</summary>
    public static IReadOnlyList<Problem> Check(SyntheticCohortRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? folder = Path.GetDirectoryName(Path.GetFullPath(request.OutputPath));
        return folder is not null && !Directory.Exists(folder)
            ? [Problem.Error(ApplicationProblemCodes.OutputFolderMissing, $"output directory '{folder}' does not exist; nothing was written.", ProblemLocation.OfFile(folder))]
            : [];
    }

    /// <summary>Writes the cohort; reports the number of patients written after each chunk.</summary>
    /// <returns>No problem, or those of <see cref="Check"/> (nothing is written then).</returns>
    public IReadOnlyList<Problem> Generate(SyntheticCohortRequest request, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        IReadOnlyList<Problem> problems = Check(request);
        if (problems.Count > 0)
        {
            return problems;
        }

        string output = Path.GetFullPath(request.OutputPath);
        SyntheticCohortParameters parameters = request.Settings.ToParameters();
        AtomicOutput.Write(output, writer => WriteChunks(writer, request, parameters, progress, cancellationToken));
        Generated(logger, request.PatientCount, request.Seed);
        return [];
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Synthetic cohort written: {Patients} patients, seed {Seed}")]
    private static partial void Generated(ILogger logger, int patients, int seed);

    private static void WriteChunks(TextWriter writer, SyntheticCohortRequest request, SyntheticCohortParameters parameters, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var lines = new string[ChunkSize];
        for (int first = 0; first < request.PatientCount; first += ChunkSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int size = Math.Min(ChunkSize, request.PatientCount - first);
            // Each patient has its own generator, so chunks can be generated in parallel and stay deterministic.
            Parallel.For(0, size, i => lines[i] = PatientFileWriter.ToJsonLine(CohortSimulator.GeneratePatient(first + i, request.Seed, parameters)));
            for (int i = 0; i < size; i++)
            {
                writer.Write(lines[i]);
                writer.Write('\n');
            }

            progress?.Report(size);
        }
    }
}
