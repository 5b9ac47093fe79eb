using System.CommandLine;
using LamTrack.Application.Pharmacokinetics;
using LamTrack.Cli.Infrastructure;
using LamTrack.Domain.Patients;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;

namespace LamTrack.Cli.Commands.Pk;

/// <summary><c>lamtrack pk dose --patient ID [--data PATH | --db CONNECTION] --target LOW-HIGH [--json] [--plot NAME]</c>: dose proposals from a patient's record.</summary>
public static class PkDoseCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var patient = new Option<string>("--patient") { Description = "Patient id", Required = true };
        Option<string?> data = PatientSource.CreateDataOption();
        Option<string?> db = PatientSource.CreateDbOption();
        var target = new Option<string>("--target") { Description = "Target window LOW-HIGH, ng/mL (label 5-15; source paper 3-10)", DefaultValueFactory = _ => "5-15" };
        var model = new Option<string>("--model") { Description = "Model id or file", DefaultValueFactory = _ => "jiao-2009" };
        var at = new Option<string?>("--at") { Description = "Decision date YYYY-MM-DD or 'today' (default: the day of the last trough)" };
        var assume = new Option<string[]>("--assume") { Description = "THERAPY=DRUG for unnamed co-medication, e.g. \"anti-tuberculosis therapy=rifampicin\"", AllowMultipleArgumentsPerToken = true };
        var plot = new Option<string?>("--plot") { Description = "File name (with or without .png/.svg) for a PNG and an SVG of the forecast with the best proposal" };
        var json = new Option<bool>("--json") { Description = "Print the whole result as JSON (options, regimens, forecast points with bands, assumptions, warnings): the web API's document" };
        Option<string?> interactions = PkCommand.InteractionsOption();
        var command = new Command("dose", "Dose proposals for a patient: predicted steady-state trough and probability in the window per regimen")
        {
            patient, data, db, target, model, at, assume, plot, json, interactions,
        };
        command.SetAction((p, cancellationToken) => PkInputs.GuardedAsync(context, () => RunAsync(new DoseArgs(p.GetValue(patient)!, p.GetValue(data), p.GetValue(db), p.GetValue(target)!,
            p.GetValue(model)!, p.GetValue(at), p.GetValue(assume) ?? [], p.GetValue(plot), p.GetValue(interactions)) { Json = p.GetValue(json) }, context, cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(DoseArgs a, CliContext context, CancellationToken cancellationToken)
    {
        var loaded = await PatientSource.LoadAsync(a.Data, a.Db, context, cancellationToken).ConfigureAwait(false);
        PatientSource.PrintIssues(loaded, context);
        Patient? patient = loaded.Patients.FirstOrDefault(p => string.Equals(p.Id, a.Patient, StringComparison.OrdinalIgnoreCase));
        if (patient is null)
        {
            context.Error.WriteLine($"patient '{a.Patient}' not found (known: {string.Join(", ", loaded.Patients.Select(p => p.Id))})");
            return ExitCodes.InvalidData;
        }

        DoseProposalService service = context.Services.GetRequiredService<DoseProposalService>();
        DoseProposalOutcome outcome = await service.ProposeAsync(Request(a, patient, context), cancellationToken).ConfigureAwait(false);
        return PkDoseReport.Print(context, outcome, a);
    }

    private static ProposeDoseRequest Request(DoseArgs a, Patient patient, CliContext context)
    {
        bool file = File.Exists(a.Model);
        return new ProposeDoseRequest(patient, a.Target)
        {
            ModelId = file ? null : a.Model,
            ModelFile = file ? a.Model : null,
            InteractionsFile = a.Interactions,
            DecisionDate = Decision(a, context),
            AssumedAgents = Assumed(a),
            IncludeForecast = a.Json || a.Plot is not null,
        };
    }

    private static LocalDate? Decision(DoseArgs a, CliContext context) => a.At switch
    {
        null => null,
        "today" => context.Clock.GetCurrentInstant().InUtc().Date,
        _ => LocalDatePattern.Iso.Parse(a.At).GetValueOrThrow(),
    };

    private static Dictionary<string, string> Assumed(DoseArgs a)
    {
        var assumed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string item in a.Assume)
        {
            string[] kv = item.Split('=', 2, StringSplitOptions.TrimEntries);
            assumed[kv[0]] = kv.Length == 2 && kv[1].Length > 0 ? kv[1] : throw new FormatException($"--assume '{item}' must be THERAPY=DRUG");
        }

        return assumed;
    }
}

/// <summary>The options of <c>pk dose</c>.</summary>
internal sealed record DoseArgs(string Patient, string? Data, string? Db, string Target, string Model, string? At, string[] Assume, string? Plot, string? Interactions)
{
    /// <summary>Whether to print the whole result as JSON.</summary>
    public bool Json { get; init; }
}
