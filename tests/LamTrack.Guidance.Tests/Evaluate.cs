using LamTrack.Domain.Patients;
using LamTrack.Guidance.Engine;
using LamTrack.Guidance.Findings;
using LamTrack.Guidance.Interactions;
using LamTrack.Guidance.Settings;

namespace LamTrack.Guidance.Tests;

/// <summary>Runs the engine on a test patient and picks one rule's outcome.</summary>
internal static class Evaluate
{
    private static readonly GuidanceEngine s_engine = GuidanceEngine.CreateDefault();

    public static RuleOutcome Rule(string ruleId, Patient patient, string asOf, GuidanceSettings? settings = null, IInteractionForecaster? forecaster = null)
    {
        GuidanceEngine engine = settings is null && forecaster is null ? s_engine : GuidanceEngine.CreateDefault(settings, forecaster);
        return engine.Evaluate(patient, PatientBuilder.Day(asOf)).Outcome(ruleId);
    }

    public static Finding Single(string ruleId, Patient patient, string asOf, GuidanceSettings? settings = null, IInteractionForecaster? forecaster = null)
    {
        RuleOutcome outcome = Rule(ruleId, patient, asOf, settings, forecaster);
        Assert.True(outcome.IsApplicable, outcome.NotApplicableReason);
        Finding finding = Assert.Single(outcome.Findings);
        Assert.Equal(ruleId, finding.RuleId.Value);
        Assert.False(string.IsNullOrWhiteSpace(finding.Citation.Source));
        Assert.False(string.IsNullOrWhiteSpace(finding.Action));
        return finding;
    }

    public static void Nothing(string ruleId, Patient patient, string asOf, GuidanceSettings? settings = null)
    {
        RuleOutcome outcome = Rule(ruleId, patient, asOf, settings);
        Assert.True(outcome.IsApplicable, outcome.NotApplicableReason);
        Assert.Empty(outcome.Findings);
    }

    public static string NotApplicable(string ruleId, Patient patient, string asOf)
    {
        RuleOutcome outcome = Rule(ruleId, patient, asOf);
        Assert.False(outcome.IsApplicable, "expected not applicable");
        return outcome.NotApplicableReason!;
    }
}
