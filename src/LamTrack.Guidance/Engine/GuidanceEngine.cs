using System.Globalization;
using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;
using LamTrack.Guidance.Catalogue;
using LamTrack.Guidance.Findings;
using LamTrack.Guidance.Interactions;
using LamTrack.Guidance.Rules;
using LamTrack.Guidance.Settings;
using NodaTime;

namespace LamTrack.Guidance.Engine;

/// <summary>Evaluates every catalogue rule over a patient's timeline as of a date.</summary>
/// <remarks>
/// Construction validates the settings and checks that the catalogue and the implemented rules match one to one
/// (an unknown or unimplemented rule id is a start-up error). <see cref="Evaluate"/> refuses a record that fails
/// domain validation and an as-of date before the patient's first event; for each rule it checks the catalogue's
/// validity domain (sex, age, LAM diagnosis) and answers "not applicable" with the reason outside it.
/// </remarks>
public sealed class GuidanceEngine
{
    private readonly Dictionary<RuleId, IGuidanceRule> _rules;
    private readonly Dictionary<string, string?> _settingCaveats;

    /// <summary>Creates an engine.</summary>
    /// <param name="catalogue">The rule catalogue.</param>
    /// <param name="settings">The settings; validated here.</param>
    /// <param name="forecaster">The interaction forecaster; <see cref="UnavailableInteractionForecaster"/> until the PK engine is connected.</param>
    /// <param name="perpetrators">The list of interacting drugs.</param>
    /// <exception cref="GuidanceSettingsException">A setting is out of range.</exception>
    /// <exception cref="RuleCatalogueException">The catalogue and the implemented rules do not match.</exception>
    public GuidanceEngine(RuleCatalogue catalogue, GuidanceSettings settings, IInteractionForecaster forecaster, PerpetratorCatalogue perpetrators)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(settings);
        Catalogue = catalogue;
        Settings = settings.Validate();
        Forecaster = forecaster ?? throw new ArgumentNullException(nameof(forecaster));
        Perpetrators = perpetrators ?? throw new ArgumentNullException(nameof(perpetrators));
        IReadOnlyList<IGuidanceRule> rules = RuleSet.All();
        catalogue.RequireImplementations(rules.Select(r => r.Id));
        _rules = rules.ToDictionary(r => r.Id);
        _settingCaveats = Settings.Describe().ToDictionary(d => d.Name, d => Settings.CaveatFor(d.Name), StringComparer.Ordinal);
    }

    /// <summary>The rule catalogue in use.</summary>
    public RuleCatalogue Catalogue { get; }

    /// <summary>The validated settings in use.</summary>
    public GuidanceSettings Settings { get; }

    /// <summary>The interaction forecaster in use.</summary>
    public IInteractionForecaster Forecaster { get; }

    /// <summary>The interacting-drug list in use.</summary>
    public PerpetratorCatalogue Perpetrators { get; }

    /// <summary>An engine with the embedded rule catalogue, the shipped interaction table, and no PK forecaster.</summary>
    /// <exception cref="GuidanceSettingsException">A setting is out of range.</exception>
    /// <exception cref="RuleCatalogueException">The embedded catalogue or a listing of the table is invalid.</exception>
    public static GuidanceEngine CreateDefault(GuidanceSettings? settings = null, IInteractionForecaster? forecaster = null) =>
        new(RuleCatalogue.LoadEmbedded(), settings ?? GuidanceSettings.Default, forecaster ?? new UnavailableInteractionForecaster(), PerpetratorCatalogue.LoadShipped());

    /// <summary>Evaluates every rule for <paramref name="patient"/> as of <paramref name="asOf"/>.</summary>
    /// <exception cref="GuidanceInputException">The record failed validation, has no events, or <paramref name="asOf"/> is before its first event.</exception>
    public GuidanceReport Evaluate(Patient patient, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(patient);
        RequireEvaluable(patient, asOf);
        var timeline = new PatientTimeline(patient, asOf, Settings);
        LamDiagnosisAssessment diagnosis = LamDiagnosisAssessment.Of(timeline, Settings.VegfDDiagnosticThreshold);
        var outcomes = Catalogue.Rules.Select(meta => EvaluateRule(meta, timeline, diagnosis)).ToList();
        return new GuidanceReport(patient.Id, asOf, outcomes);
    }

    private static void RequireEvaluable(Patient patient, LocalDate asOf)
    {
        IReadOnlyList<DomainIssue> issues = PatientValidator.Validate(patient);
        if (issues.Count > 0)
        {
            throw new GuidanceInputException([.. issues.Select(i => $"patient {patient.Id} failed validation, no findings produced: {i}")]);
        }

        ClinicalEvent first = patient.Events.MinBy(e => e.Date.Earliest)
            ?? throw new GuidanceInputException($"patient {patient.Id}: the record has no events, so there is no timeline to evaluate");
        if (asOf < first.Date.Earliest)
        {
            throw new GuidanceInputException(string.Create(CultureInfo.InvariantCulture,
                $"patient {patient.Id}: as-of date {asOf:yyyy-MM-dd} is before the patient's first event ({first.Id} on {first.Date})"));
        }
    }

    private RuleOutcome EvaluateRule(RuleMetadata meta, PatientTimeline timeline, LamDiagnosisAssessment diagnosis)
    {
        string? outside = OutsideDomain(meta, timeline, diagnosis);
        if (outside is not null)
        {
            return RuleOutcome.NotApplicable(meta.Id, outside);
        }

        var context = new GuidanceContext(timeline, Settings, Forecaster, Perpetrators, meta) { Diagnosis = diagnosis, SettingCaveats = _settingCaveats };
        return _rules[meta.Id].Evaluate(context);
    }

    private static string? OutsideDomain(RuleMetadata meta, PatientTimeline timeline, LamDiagnosisAssessment diagnosis)
    {
        Patient patient = timeline.Patient;
        if (meta.Domain.FemaleOnly && patient.Sex != Sex.Female)
        {
            return $"outside the validity domain ({meta.Domain.Description}): patient sex is {patient.Sex}";
        }

        if (timeline.AgeOnDay() is not { } age)
        {
            return "missing input: the patient's age is not recorded, so the validity domain cannot be checked";
        }

        if (age < meta.Domain.MinimumAge || age > meta.Domain.MaximumAge)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"outside the validity domain ({meta.Domain.Description}): age {age.ToYears():0} years is outside {meta.Domain.MinimumAge.ToYears():0}-{meta.Domain.MaximumAge.ToYears():0} years");
        }

        return meta.Domain.RequiresLamDiagnosis && !diagnosis.Established
            ? $"outside the validity domain ({meta.Domain.Description}): no LAM diagnosis is established as of {timeline.AsOf:yyyy-MM-dd}"
            : null;
    }
}
