using LamTrack.Domain.Events;
using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Rules.Pneumothorax;

/// <summary>LAM-PTX-001: an unresolved pneumothorax needs supplemental oxygen and chest drainage.</summary>
internal sealed class AcutePneumothoraxRule() : RuleBase("LAM-PTX-001")
{
    public override RuleOutcome Evaluate(GuidanceContext context)
    {
        PneumothoraxEpisode? open = context.Timeline.OpenEpisode();
        if (open is null)
        {
            return Nothing();
        }

        var managed = context.Timeline.Known<Intervention>()
            .Where(i => i.EpisodeId == open.Id && i.Kind is InterventionKind.SupplementalOxygen or InterventionKind.ChestTubeDrainage).ToList();
        string compression = open.MaximumCompression is { } c ? Inv($"{c.ToPercent():0} % compression") : "compression not recorded";
        var data = new List<DataPoint> { PatientTimeline.Point(open, "pneumothorax", $"{open.Side}, {compression}") };
        data.AddRange(managed.Select(i => PatientTimeline.Point(i, "management", i.Kind.ToString())));
        Severity severity = managed.Count == 0 ? Severity.Critical : Severity.Warning;
        string message = managed.Count == 0
            ? $"Unresolved {open.Side.ToString().ToLowerInvariant()} pneumothorax with no oxygen or drainage recorded."
            : $"Unresolved {open.Side.ToString().ToLowerInvariant()} pneumothorax under management.";
        return Found(context.Finding(severity, message,
            "Case series: supplemental oxygen and chest tube drainage for gas discharge and re-expansion; if not effective, chemical pleurodesis or surgery.",
            "Give supplemental oxygen and drain the chest; confirm resolution radiographically; consider pleurodesis (LAM-PTX-002).", data, "pneumothoraxAssumedResolvedAfterDays"));
    }
}
