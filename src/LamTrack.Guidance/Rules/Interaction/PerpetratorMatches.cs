using LamTrack.Domain.Events;
using LamTrack.Guidance.Interactions;

namespace LamTrack.Guidance.Rules.Interaction;

/// <summary>Finds the recorded co-medications that are listed perpetrators, resolving named agents one by one.</summary>
/// <remarks>
/// When a co-medication names its agents, each agent is resolved through the one interaction table and every listed
/// agent is a match of its own (so "anti-tuberculosis therapy" with rifampicin, isoniazid, pyrazinamide and ethambutol
/// gives rifampicin's quantitative finding); the therapy name is used only when no agent is named, with the
/// assumption stated in the table's note.
/// </remarks>
internal static class PerpetratorMatches
{
    public static IEnumerable<(CoMedication Medication, Perpetrator Perpetrator)> Known(GuidanceContext context) =>
        context.Timeline.Known<CoMedication>()
            .SelectMany(m => Match(context.Perpetrators, m).Select(p => (Medication: m, Perpetrator: p)));

    public static IEnumerable<(CoMedication Medication, Perpetrator Perpetrator)> Ongoing(GuidanceContext context) =>
        Known(context).Where(x => x.Medication.Stop is not { } stop || !context.Timeline.IsKnown(stop));

    /// <summary>The named agents the table does not list: their effect is unknown and was not modelled.</summary>
    public static IReadOnlyList<string> UnknownAgents(PerpetratorCatalogue catalogue, CoMedication medication) =>
        [.. medication.Agents.Where(a => catalogue.Table.Find(a) is null)];

    private static IEnumerable<Perpetrator> Match(PerpetratorCatalogue catalogue, CoMedication medication)
    {
        if (medication.Agents.Count == 0)
        {
            return catalogue.Find(medication.Therapy) is { } p ? [p] : [];
        }

        return medication.Agents.Select(catalogue.Find).OfType<Perpetrator>().DistinctBy(p => p.Name);
    }
}
