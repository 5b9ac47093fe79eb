using System.CommandLine;
using LamTrack.Cli.Infrastructure;
using LamTrack.Domain.Patients;
using LamTrack.Dosing;
using LamTrack.Pharmacokinetics.Engine;
using LamTrack.Pharmacokinetics.Estimation;
using LamTrack.Pharmacokinetics.Models;
using LamTrack.Pharmacokinetics.Proposals;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace LamTrack.Cli.Commands.Pk;

/// <summary><c>lamtrack pk dose --patient ID [--data PATH | --db CONNECTION] --target LOW-HIGH</c>: dose proposals from a patient's record.</summary>
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
        var plot = new Option<string?>("--plot") { Description = "File name (without extension) for a PNG and an SVG of the forecast with the best proposal" };
        Option<string?> interactions = PkCommand.InteractionsOption();
        var command = new Command("dose", "Dose proposals for a patient: predicted steady-state trough and probability in the window per regimen")
        {
            patient, data, db, target, model, at, assume, plot, interactions,
        };
        command.SetAction(p => PkInputs.Guarded(context, () => Run(new DoseArgs(p.GetValue(patient)!, p.GetValue(data), p.GetValue(db), TargetWindow.Parse(p.GetValue(target)!),
            p.GetValue(model)!, p.GetValue(at), p.GetValue(assume) ?? [], p.GetValue(plot), p.GetValue(interactions)), context)));
        return command;
    }

    private static int Run(DoseArgs a, CliContext context)
    {
        var loaded = PatientSource.Load(a.Data, a.Db, context);
        PatientSource.PrintIssues(loaded, context);
        Patient? patient = loaded.Patients.FirstOrDefault(p => string.Equals(p.Id, a.Patient, StringComparison.OrdinalIgnoreCase));
        if (patient is null)
        {
            context.Error.WriteLine($"patient '{a.Patient}' not found (known: {string.Join(", ", loaded.Patients.Select(p => p.Id))})");
            return ExitCodes.InvalidData;
        }

        PatientPkMapping? mapping = PatientPkMapper.Map(patient, Options(a, context));
        if (mapping is null)
        {
            context.Error.WriteLine($"patient {patient.Id} has no sirolimus course: nothing to propose from");
            return ExitCodes.InvalidData;
        }

        PopulationModel model = PkInputs.Model(a.Model);
        PkInputs.PrintModelHeader(context, model);
        double decisionHours = mapping.HoursAt(mapping.DecisionDate);
        var wanted = new PkWanted(true, [], new ProposalWish(a.Window, decisionHours, mapping.CurrentDailyMilligrams), Samples: 500);
        PkResponse response = PkEngine.Run(new PkRequest(model, mapping.Treatment, PkInputs.Interactions(a.Interactions), wanted));
        return PkDoseReport.Print(context, mapping, response, a);
    }

    private static PatientPkOptions Options(DoseArgs a, CliContext context)
    {
        LocalDate? decision = a.At switch
        {
            null => null,
            "today" => context.Clock.GetCurrentInstant().InUtc().Date,
            _ => LocalDatePattern.Iso.Parse(a.At).GetValueOrThrow(),
        };
        var assumed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string item in a.Assume)
        {
            string[] kv = item.Split('=', 2, StringSplitOptions.TrimEntries);
            assumed[kv[0]] = kv.Length == 2 && kv[1].Length > 0 ? kv[1] : throw new FormatException($"--assume '{item}' must be THERAPY=DRUG");
        }

        return new PatientPkOptions(decision, assumed);
    }
}

/// <summary>The options of <c>pk dose</c>.</summary>
internal sealed record DoseArgs(string Patient, string? Data, string? Db, TargetWindow Window, string Model, string? At, string[] Assume, string? Plot, string? Interactions);
