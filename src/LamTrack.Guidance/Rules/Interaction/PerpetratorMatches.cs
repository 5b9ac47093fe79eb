using LamTrack.Domain.Events;
using LamTrack.Guidance.Interactions;

namespace LamTrack.Guidance.Rules.Interaction;

/// <summary>Finds the recorded co-medications that are listed perpetrators (by therapy name or by any named agent).</summary>
internal static class PerpetratorMatches
{
    public static IEnumerable<(CoMedication Medication, Perpetrator Perpetrator)> Known(GuidanceContext context) =>
        context.Timeline.Known<CoMedication>()
            .Select(m => (Medication: m, Perpetrator: Match(context.Perpetrators, m)))
            .Where(x => x.Perpetrator is not null)
            .Select(x => (x.Medication, x.Perpetrator!));

    public static IEnumerable<(CoMedication Medication, Perpetrator Perpetrator)> Ongoing(GuidanceContext context) =>
        Known(context).Where(x => x.Medication.Stop is not { } stop || !context.Timeline.IsKnown(stop));

    private static Perpetrator? Match(PerpetratorCatalogue catalogue, CoMedication medication) =>
        catalogue.Find(medication.Therapy) ?? medication.Agents.Select(catalogue.Find).FirstOrDefault(p => p is not null);
}
