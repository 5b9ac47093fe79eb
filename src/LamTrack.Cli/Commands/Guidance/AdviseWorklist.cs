using System.Text.Json;
using LamTrack.Application.Guidance;
using LamTrack.Application.Serialization;
using LamTrack.Cli.Infrastructure;
using LamTrack.Domain.Patients;
using LamTrack.PatientFiles;
using Spectre.Console;

namespace LamTrack.Cli.Commands.Guidance;

/// <summary><c>lamtrack advise --all</c>: renders the worklist of <see cref="GuidanceService.WorklistAsync"/> (a table, or JSON) and its errors.</summary>
/// <remarks>Invalid records and patients whose as-of date precedes their first event get an error line and no finding; the exit code is then 1.</remarks>
internal static class AdviseWorklist
{
    private const int ProgressThreshold = 1000;

    public static async Task<int> RunAsync(
        CliContext context, GuidanceService service, PatientLoadResult loaded, AdviseRequest request, GuidanceSettingsDocument? settings, CancellationToken cancellationToken)
    {
        List<Patient> patients = [.. loaded.Patients.Where(p => !loaded.Issues.Any(i => i.PatientId == p.Id))];
        var worklistRequest = new WorklistRequest(patients, request.AsOf) { InvalidRecords = loaded.InvalidRecords, Settings = settings };
        WorklistOutcome outcome = await EvaluateAsync(context, service, worklistRequest, request.Json, cancellationToken).ConfigureAwait(false);
        if (outcome.Worklist is not { } worklist)
        {
            GuidanceOutput.WriteProblems(context, outcome.Problems, "worklist request");
            return ExitCodes.InvalidData;
        }

        if (request.Json)
        {
            context.Console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(worklist, LamTrackJson.Options));
        }
        else
        {
            WriteTable(context, worklist);
        }

        foreach (string error in worklist.Errors)
        {
            context.Error.WriteLine($"error: {error}");
        }

        return worklist.Errors.Count == 0 ? ExitCodes.Ok : ExitCodes.InvalidData;
    }

    private static async Task<WorklistOutcome> EvaluateAsync(CliContext context, GuidanceService service, WorklistRequest request, bool json, CancellationToken cancellationToken)
    {
        if (request.Patients.Count < ProgressThreshold || json)
        {
            return await service.WorklistAsync(request, null, cancellationToken).ConfigureAwait(false);
        }

        WorklistOutcome? outcome = null;
        await context.Console.Progress().StartAsync(async ctx =>
        {
            ProgressTask task = ctx.AddTask("Evaluating guidance", maxValue: request.Patients.Count);
            outcome = await service.WorklistAsync(request, new Progress<int>(n => task.Value = n), cancellationToken).ConfigureAwait(false);
            task.Value = task.MaxValue;
        }).ConfigureAwait(false);
        return outcome!;
    }

    private static void WriteTable(CliContext context, Worklist worklist)
    {
        var table = new Table().Title($"Worklist as of {worklist.AsOf:yyyy-MM-dd}").AddColumns("Patient", "Most severe", "Rule", "Finding", "Findings");
        foreach (WorklistEntry l in worklist.Patients)
        {
            table.AddRow(
                Markup.Escape(l.PatientId),
                l.MostSevere is null ? "none" : AdviseOutput.Badge(l.MostSevere.Severity),
                Markup.Escape(l.MostSevere?.RuleId ?? "-"),
                Markup.Escape(l.MostSevere?.Message ?? "no findings"),
                l.FindingCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        context.Console.Write(table);
    }
}
