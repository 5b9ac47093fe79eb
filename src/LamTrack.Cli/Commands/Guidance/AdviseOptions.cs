using System.CommandLine;
using System.CommandLine.Parsing;
using LamTrack.Cli.Infrastructure;

namespace LamTrack.Cli.Commands.Guidance;

/// <summary>The options of <c>lamtrack advise</c> and their usage checks (reported as usage errors, exit 2).</summary>
internal sealed class AdviseOptions
{
    private readonly Option<string?> _patient = new("--patient") { Description = "The patient id." };
    private readonly Option<bool> _all = new("--all") { Description = "Every patient: one line each with the most severe finding (clinic worklist)." };
    private readonly Option<string> _asOf = new("--as-of") { Description = "The day of evaluation, yyyy-MM-dd.", Required = true };
    private readonly Option<string?> _data = PatientSource.CreateDataOption();
    private readonly Option<string?> _db = PatientSource.CreateDbOption();
    private readonly Option<string?> _settings = new("--settings") { Description = "A JSON settings file (target window, thresholds, intervals); see docs/guidance.md." };
    private readonly Option<bool> _json = new("--json") { Description = "Print JSON (findings carry ruleId, severity, message, rationale, action, citation)." };

    public IEnumerable<Option> All => [_patient, _all, _asOf, _data, _db, _settings, _json];

    public void Validate(CommandResult result)
    {
        bool hasPatient = result.GetValue(_patient) is not null;
        bool all = result.GetValue(_all);
        if (hasPatient == all)
        {
            result.AddError("give exactly one of --patient ID and --all");
        }

        string? asOf = result.GetValue(_asOf);
        if (asOf is not null && !AdviseCommand.TryParseDate(asOf, out _))
        {
            result.AddError($"--as-of '{asOf}' is not a date of the form yyyy-MM-dd");
        }
    }

    public AdviseRequest Read(ParseResult parse)
    {
        // Validate() has already rejected an unparsable date, so this parse succeeds.
        NodaTime.LocalDate asOf = AdviseCommand.TryParseDate(parse.GetValue(_asOf), out NodaTime.LocalDate parsed) ? parsed : default;
        return new AdviseRequest(parse.GetValue(_patient), asOf, parse.GetValue(_data), parse.GetValue(_settings), parse.GetValue(_json)) { Db = parse.GetValue(_db) };
    }
}
