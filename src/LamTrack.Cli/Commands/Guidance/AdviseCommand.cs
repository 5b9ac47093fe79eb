using System.CommandLine;
using LamTrack.Application.Guidance;
using LamTrack.Application.Problems;
using LamTrack.Cli.Infrastructure;
using LamTrack.Domain.Patients;
using LamTrack.PatientFiles;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;

namespace LamTrack.Cli.Commands.Guidance;

/// <summary><c>lamtrack advise --patient ID | --all --as-of DATE [--data PATH | --db CONNECTION] [--settings PATH] [--json]</c>: guidance findings as of a date.</summary>
/// <remarks>
/// Records that fail validation never produce findings: their problems are printed and the exit code is 1.
/// An as-of date before a patient's first event is an error for that patient.
/// </remarks>
public static class AdviseCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = new AdviseOptions();
        var command = new Command("advise", "Guidance findings for one patient, or a clinic worklist (--all: one line per patient with the most severe finding).");
        foreach (Option option in options.All)
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result => options.Validate(result));
        command.SetAction((parse, cancellationToken) => RunAsync(context, options.Read(parse), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, AdviseRequest request, CancellationToken cancellationToken)
    {
        (bool read, GuidanceSettingsDocument? settings) = ReadSettings(context, request.SettingsPath);
        if (!read)
        {
            return ExitCodes.InvalidData;
        }

        // A progress bar would mix with JSON on standard output, so JSON output from files loads without one.
        PatientLoadResult loaded = request.Json && request.Db is null
            ? PatientFileLoader.Load(request.DataPath ?? PatientSource.BundledCaseSeries)
            : await PatientSource.LoadAsync(request.DataPath, request.Db, context, cancellationToken).ConfigureAwait(false);
        PatientSource.PrintIssues(loaded, context);
        GuidanceService service = context.Services.GetRequiredService<GuidanceService>();
        return request.PatientId is { } id
            ? await AdviseOneAsync(context, service, loaded, id, request, settings, cancellationToken).ConfigureAwait(false)
            : await AdviseWorklist.RunAsync(context, service, loaded, request, settings, cancellationToken).ConfigureAwait(false);
    }

    private static (bool Ok, GuidanceSettingsDocument? Settings) ReadSettings(CliContext context, string? settingsPath)
    {
        try
        {
            return (true, settingsPath is null ? null : new GuidanceSettingsDocument(File.ReadAllText(settingsPath), settingsPath));
        }
        catch (IOException ex)
        {
            context.Error.WriteLine($"error: cannot read the settings file {settingsPath}: {ex.Message}");
            return (false, null);
        }
    }

    private static async Task<int> AdviseOneAsync(
        CliContext context, GuidanceService service, PatientLoadResult loaded, string id, AdviseRequest request, GuidanceSettingsDocument? settings, CancellationToken cancellationToken)
    {
        Patient? patient = loaded.Patients.FirstOrDefault(p => p.Id == id);
        if (patient is null || loaded.Issues.Any(i => i.PatientId == id))
        {
            context.Error.WriteLine(patient is null
                ? $"error: no valid patient record with id '{id}' in {request.Db ?? request.DataPath ?? "the bundled case series"}; no findings produced"
                : $"error: the record of patient '{id}' failed validation (problems above); no findings produced");
            return ExitCodes.InvalidData;
        }

        AdviceOutcome outcome = await service.AdviseAsync(new AdviceRequest(patient, request.AsOf) { Settings = settings }, cancellationToken).ConfigureAwait(false);
        if (outcome.Advice is not { } advice)
        {
            GuidanceOutput.WriteProblems(context, outcome.Problems, $"request for patient {id}");
            return ExitCodes.InvalidData;
        }

        AdviseOutput.WriteReport(context, advice, request.Json);
        return ExitCodes.Ok;
    }

    internal static bool TryParseDate(string? text, out LocalDate date)
    {
        ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(text ?? string.Empty);
        date = parsed.Success ? parsed.Value : default;
        return parsed.Success;
    }
}
