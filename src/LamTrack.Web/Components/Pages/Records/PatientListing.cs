using LamTrack.Application.Guidance;
using LamTrack.Application.Ports;
using LamTrack.Domain.Patients;
using NodaTime;

namespace LamTrack.Web.Components.Pages.Records;

/// <summary>Finds the patients a <see cref="PatientFilter"/> asks for, as list rows in its order.</summary>
/// <remarks>
/// The record filters read the record through the domain (<see cref="PatientRow.Of"/>); the guidance filters and the
/// worklist order come from the guidance service (<see cref="GuidanceService.AdviseAsync"/> read through
/// <see cref="WorklistFlags"/>, and <see cref="GuidanceService.WorklistAsync"/>), so they agree with
/// <c>lamtrack advise</c>. Guidance is evaluated only when a filter or the order needs it, and only for the patients
/// the other filters kept.
/// </remarks>
public sealed class PatientListing(GuidanceService guidance)
{
    /// <summary>Every patient of <paramref name="store"/> that <paramref name="filter"/> keeps as of <paramref name="today"/>, in its order.</summary>
    public async Task<IReadOnlyList<PatientRow>> FindAsync(IPatientStore store, PatientFilter filter, LocalDate today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(filter);
        var kept = new List<(Patient Patient, PatientRow Row)>();
        await foreach (Patient patient in store.StreamAllAsync(cancellationToken))
        {
            PatientRow row = PatientRow.Of(patient, today);
            if (MatchesRecord(row, filter))
            {
                kept.Add((patient, row));
            }
        }

        if (!filter.NeedsGuidance)
        {
            return Sorted([.. kept.Select(k => k.Row)], filter.Sort);
        }

        List<PatientRow> rows = await WithGuidanceAsync(kept, filter, today, cancellationToken);
        return filter.Sort == "worklist" ? await WorklistOrderAsync(kept, rows, today, cancellationToken) : Sorted(rows, filter.Sort);
    }

    private async Task<List<PatientRow>> WithGuidanceAsync(List<(Patient Patient, PatientRow Row)> kept, PatientFilter filter, LocalDate today, CancellationToken cancellationToken)
    {
        var rows = new List<PatientRow>(kept.Count);
        foreach ((Patient patient, PatientRow row) in kept)
        {
            AdviceOutcome outcome = await guidance.AdviseAsync(new AdviceRequest(patient, today), cancellationToken);
            IReadOnlyList<FindingDocument> findings = outcome.Advice?.Findings ?? [];
            PatientRow advised = row with { Flags = WorklistFlags.From(findings), MostSevere = findings.Count == 0 ? null : findings[0], Unadvised = outcome.Advice is null };
            if (MatchesGuidance(advised.Flags!, filter))
            {
                rows.Add(advised);
            }
        }

        return rows;
    }

    private async Task<IReadOnlyList<PatientRow>> WorklistOrderAsync(List<(Patient Patient, PatientRow Row)> kept, List<PatientRow> rows, LocalDate today, CancellationToken cancellationToken)
    {
        HashSet<string> ids = [.. rows.Select(r => r.Id)];
        WorklistOutcome outcome = await guidance.WorklistAsync(new WorklistRequest([.. kept.Where(k => ids.Contains(k.Patient.Id)).Select(k => k.Patient)], today), null, cancellationToken);
        Dictionary<string, int> order = (outcome.Worklist?.Patients ?? []).Select((e, i) => (e.PatientId, i)).ToDictionary(p => p.PatientId, p => p.i, StringComparer.Ordinal);
        // Patients the worklist could not evaluate come last, as advise --all lists them after the others.
        return [.. rows.OrderBy(r => order.GetValueOrDefault(r.Id, int.MaxValue)).ThenBy(r => r.Id, StringComparer.Ordinal)];
    }

    private static bool MatchesRecord(PatientRow row, PatientFilter filter) =>
        (string.IsNullOrWhiteSpace(filter.Search)
            || row.Id.Contains(filter.Search.Trim(), StringComparison.OrdinalIgnoreCase)
            || row.Label.Contains(filter.Search.Trim(), StringComparison.OrdinalIgnoreCase))
        && (!filter.OnSirolimus || row.OnSirolimus)
        && (!filter.RecentPneumothorax || row.EpisodeInLastYear);

    private static bool MatchesGuidance(WorklistFlags flags, PatientFilter filter) =>
        (!filter.TroughOutOfWindow || flags.TroughOutOfWindow)
        && (!filter.TroughOverdue || flags.TroughOverdue)
        && (!filter.OpenWarnings || flags.OpenWarnings);

    private static List<PatientRow> Sorted(List<PatientRow> rows, string sort) => sort switch
    {
        "id" => [.. rows.OrderBy(r => r.Id, StringComparer.Ordinal)],
        "episode" => [.. rows.OrderByDescending(r => r.LastEpisode)],
        "events" => [.. rows.OrderByDescending(r => r.EventCount).ThenBy(r => r.Label, StringComparer.Ordinal)],
        _ => [.. rows.OrderBy(r => r.Label, StringComparer.Ordinal)],
    };
}
