using System.CommandLine;
using LamTrack.Cli.Infrastructure;
using LamTrack.Domain.Patients;
using LamTrack.Guidance.Catalogue;
using LamTrack.Guidance.Engine;
using LamTrack.Guidance.Interactions;
using LamTrack.Guidance.Settings;
using LamTrack.PatientFiles;
using LamTrack.Pharmacokinetics.Models;
using NodaTime;
using NodaTime.Text;

namespace LamTrack.Cli.Commands.Guidance;

/// <summary><c>lamtrack advise --patient ID | --all --as-of DATE [--data PATH] [--settings PATH] [--json]</c>: guidance findings as of a date.</summary>
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
        command.SetAction(parse => Run(context, options.Read(parse)));
        return command;
    }

    private static int Run(CliContext context, AdviseRequest request)
    {
        if (BuildEngine(context, request.SettingsPath) is not { } engine)
        {
            return ExitCodes.InvalidData;
        }

        // A progress bar would mix with JSON on standard output, so JSON output loads without one.
        PatientLoadResult loaded = request.Json
            ? PatientFileLoader.Load(request.DataPath ?? PatientSource.BundledCaseSeries)
            : PatientSource.Load(request.DataPath, context);
        PatientSource.PrintIssues(loaded, context);
        return request.PatientId is { } id
            ? AdviseOne(context, engine, loaded, id, request)
            : AdviseWorklist.Run(context, engine, loaded, request);
    }

    private static GuidanceEngine? BuildEngine(CliContext context, string? settingsPath)
    {
        try
        {
            GuidanceSettings settings = settingsPath is null ? GuidanceSettings.Default : GuidanceSettingsFile.Parse(File.ReadAllText(settingsPath), settingsPath);
            return GuidanceEngine.CreateDefault(settings, Forecaster());
        }
        catch (GuidanceSettingsException ex)
        {
            GuidanceOutput.WriteProblems(context, "settings file", ex.Problems);
        }
        catch (RuleCatalogueException ex)
        {
            GuidanceOutput.WriteProblems(context, "rule catalogue", ex.Problems);
        }
        catch (IOException ex)
        {
            context.Error.WriteLine($"error: cannot read the settings file {settingsPath}: {ex.Message}");
        }

        return null;
    }

    private static int AdviseOne(CliContext context, GuidanceEngine engine, PatientLoadResult loaded, string id, AdviseRequest request)
    {
        Patient? patient = loaded.Patients.FirstOrDefault(p => p.Id == id);
        if (patient is null || loaded.Issues.Any(i => i.PatientId == id))
        {
            context.Error.WriteLine(patient is null
                ? $"error: no valid patient record with id '{id}' in {request.DataPath ?? "the bundled case series"}; no findings produced"
                : $"error: the record of patient '{id}' failed validation (problems above); no findings produced");
            return ExitCodes.InvalidData;
        }

        try
        {
            GuidanceReport report = engine.Evaluate(patient, request.AsOf);
            AdviseOutput.WriteReport(context, report, request.Json);
            return ExitCodes.Ok;
        }
        catch (GuidanceInputException ex)
        {
            GuidanceOutput.WriteProblems(context, $"request for patient {id}", ex.Problems);
            return ExitCodes.InvalidData;
        }
    }

    // The PK engine's interaction table sizes the interactions; without it, findings say that no forecast is available.
    private static IInteractionForecaster Forecaster()
    {
        try
        {
            return new ClearanceTableInteractionForecaster(Pk.PkInputs.Interactions(null));
        }
        catch (ModelFileException)
        {
            return new UnavailableInteractionForecaster();
        }
    }

    internal static bool TryParseDate(string? text, out LocalDate date)
    {
        ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(text ?? string.Empty);
        date = parsed.Success ? parsed.Value : default;
        return parsed.Success;
    }
}
