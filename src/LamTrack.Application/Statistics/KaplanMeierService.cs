using LamTrack.Application.Output;
using LamTrack.Application.Problems;
using LamTrack.Statistics.Survival;
using Microsoft.Extensions.Logging;

namespace LamTrack.Application.Statistics;

/// <summary>Fits a Kaplan–Meier curve (Greenwood standard errors, confidence limits as R's <c>survfit</c>) to a
/// <c>time,status</c> CSV file and writes its table atomically.</summary>
public sealed partial class KaplanMeierService(ILogger<KaplanMeierService> logger)
{
    /// <summary>Reads, fits and writes; nothing is written when there is any problem.</summary>
    public Task<KaplanMeierResult> FitAsync(KaplanMeierRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        KaplanMeierResult result = Fit(request);
        if (result.Curve is { } curve)
        {
            Fitted(logger, curve.SubjectCount, curve.EventCount);
        }

        return Task.FromResult(result);
    }

    // Counts only: the log never names a subject.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Kaplan–Meier table written: {Subjects} subjects, {Events} events")]
    private static partial void Fitted(ILogger logger, int subjects, int events);

    private static KaplanMeierResult Fit(KaplanMeierRequest request)
    {
        string input = Path.GetFullPath(request.InputPath);
        if (!File.Exists(input))
        {
            return Refused(ApplicationProblemCodes.InputNotFound, $"input file '{input}' does not exist", input);
        }

        SurvivalCsv data = SurvivalCsv.Read(input);
        if (data.Problems.Count > 0)
        {
            return new KaplanMeierResult(null, [.. data.Problems.Select(p => Problem.Error(ApplicationProblemCodes.InvalidSurvivalData, p, ProblemLocation.OfFile(input)))]);
        }

        KaplanMeierCurve curve = KaplanMeierEstimator.Fit(data.Times, data.Events, request.Options);
        string output = Path.GetFullPath(request.OutputPath);
        string? folder = Path.GetDirectoryName(output);
        if (folder is not null && !Directory.Exists(folder))
        {
            return Refused(ApplicationProblemCodes.OutputFolderMissing, $"output directory '{folder}' does not exist; nothing was written.", folder);
        }

        AtomicOutput.Write(output, writer => KaplanMeierCsvWriter.Write(curve, writer));
        return new KaplanMeierResult(curve, []);
    }

    private static KaplanMeierResult Refused(string code, string message, string file) =>
        new(null, [Problem.Error(code, message, ProblemLocation.OfFile(file))]);
}
