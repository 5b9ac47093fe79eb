using System.Text.Json;
using LamTrack.Cli.Infrastructure;
using LamTrack.Domain.Patients;
using LamTrack.Guidance.Engine;
using LamTrack.Guidance.Findings;
using LamTrack.PatientFiles;
using Spectre.Console;

namespace LamTrack.Cli.Commands.Guidance;

/// <summary><c>lamtrack advise --all</c>: one line per patient with the most severe finding, most urgent first.</summary>
/// <remarks>Invalid records and patients whose as-of date precedes their first event get an error line and no finding; the exit code is then 1.</remarks>
internal static class AdviseWorklist
{
    private const int ProgressThreshold = 1000;

    public static int Run(CliContext context, GuidanceEngine engine, PatientLoadResult loaded, AdviseRequest request)
    {
        var lines = Evaluate(context, engine, loaded.Patients.Where(p => !loaded.Issues.Any(i => i.PatientId == p.Id)).ToList(), request);
        var errors = lines.Where(l => l.Error is not null).Select(l => $"{l.PatientId}: {l.Error}").Concat(loaded.InvalidRecords.Select(r => $"{r}: failed validation, no findings")).ToList();
        var ordered = lines.Where(l => l.Error is null).OrderByDescending(l => l.Top?.Severity ?? (Severity)(-1)).ThenBy(l => l.PatientId, StringComparer.Ordinal).ToList();
        if (request.Json)
        {
            var json = new { asOf = request.AsOf.ToString("yyyy-MM-dd", null), patients = ordered.Select(Json), errors };
            context.Console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(json, GuidanceJson.Options));
        }
        else
        {
            WriteTable(context, ordered, request);
        }

        foreach (string error in errors)
        {
            context.Error.WriteLine($"error: {error}");
        }

        return errors.Count == 0 ? ExitCodes.Ok : ExitCodes.InvalidData;
    }

    private static List<WorklistLine> Evaluate(CliContext context, GuidanceEngine engine, List<Patient> patients, AdviseRequest request)
    {
        if (patients.Count < ProgressThreshold || request.Json)
        {
            return [.. patients.Select(p => Line(engine, p, request))];
        }

        var lines = new List<WorklistLine>(patients.Count);
        context.Console.Progress().Start(ctx =>
        {
            ProgressTask task = ctx.AddTask("Evaluating guidance", maxValue: patients.Count);
            foreach (Patient p in patients)
            {
                lines.Add(Line(engine, p, request));
                task.Increment(1);
            }
        });
        return lines;
    }

    private static WorklistLine Line(GuidanceEngine engine, Patient patient, AdviseRequest request)
    {
        try
        {
            GuidanceReport report = engine.Evaluate(patient, request.AsOf);
            return new WorklistLine(patient.Id, report.MostSevere, report.Findings.Count, null);
        }
        catch (GuidanceInputException ex)
        {
            return new WorklistLine(patient.Id, null, 0, string.Join("; ", ex.Problems));
        }
    }

    private static void WriteTable(CliContext context, List<WorklistLine> lines, AdviseRequest request)
    {
        var table = new Table().Title($"Worklist as of {request.AsOf:yyyy-MM-dd}").AddColumns("Patient", "Most severe", "Rule", "Finding", "Findings");
        foreach (WorklistLine l in lines)
        {
            table.AddRow(
                Markup.Escape(l.PatientId),
                l.Top is null ? "none" : AdviseOutput.Badge(l.Top.Severity),
                Markup.Escape(l.Top?.RuleId.ToString() ?? "-"),
                Markup.Escape(l.Top?.Message ?? "no findings"),
                l.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        context.Console.Write(table);
    }

    private static object Json(WorklistLine l) => new
    {
        patientId = l.PatientId,
        findingCount = l.Count,
        mostSevere = l.Top is null ? null : GuidanceJson.Finding(l.Top),
    };

    private sealed record WorklistLine(string PatientId, Finding? Top, int Count, string? Error);
}
