using LamTrack.Guidance.Rules.AdverseEvents;
using LamTrack.Guidance.Rules.Diagnosis;
using LamTrack.Guidance.Rules.Indication;
using LamTrack.Guidance.Rules.Interaction;
using LamTrack.Guidance.Rules.Monitoring;
using LamTrack.Guidance.Rules.Pneumothorax;
using LamTrack.Guidance.Rules.Pregnancy;
using LamTrack.Guidance.Rules.Surgery;
using LamTrack.Guidance.Rules.Timing;
using LamTrack.Guidance.Rules.Trough;

namespace LamTrack.Guidance.Rules;

/// <summary>Every implemented rule; the engine checks this list against the catalogue at start-up.</summary>
internal static class RuleSet
{
    public static IReadOnlyList<IGuidanceRule> All() =>
    [
        new DiagnosticPathwayRule(),
        new CysticDifferentialRule(),
        new Fev1BelowThresholdRule(),
        new Fev1DeclineRule(),
        new ChylousEffusionRule(),
        new LargeLesionRule(),
        new RecurrentPneumothoraxRule(),
        new StartBlockedRule(),
        new StartWhenResolvedRule(),
        new AcutePneumothoraxRule(),
        new PleurodesisAfterFirstRule(),
        new TalcCautionRule(),
        new FirstTroughRule(),
        new AdjustmentIntervalRule(),
        new StableMonitoringRule(),
        new TroughWindowRule(),
        new VeryLowTroughRule(),
        new HighTroughRule(),
        new PerpetratorStartedRule(),
        new PerpetratorStoppedRule(),
        new ContraceptionRule(),
        new ConceptionPlanningRule(),
        new PregnancyRule(),
        new PerioperativeHoldRule(),
        new TransplantListingRule(),
        .. AdverseEventRule.All,
    ];
}
