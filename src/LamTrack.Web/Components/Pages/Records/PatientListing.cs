using LamTrack.Application.Ports;
using NodaTime;

namespace LamTrack.Web.Components.Pages.Records;

/// <summary>Finds the patients a <see cref="PatientFilter"/> asks for, as list rows in its order.</summary>
/// <remarks>
/// The rows come from the <see cref="PatientListIndex"/>, which holds each patient's row and guidance findings
/// (<see cref="Application.Guidance.GuidanceService.Advise"/> read through <see cref="Application.Guidance.WorklistFlags"/>),
/// so the guidance filters and the worklist order agree with <c>lamtrack advise</c> without evaluating every patient on
/// each request.
/// </remarks>
public sealed class PatientListing(PatientListIndex index)
{
    /// <summary>Every patient of <paramref name="store"/> that <paramref name="filter"/> keeps as of <paramref name="today"/>, in its order.</summary>
    public async Task<IReadOnlyList<PatientRow>> FindAsync(IPatientStore store, PatientFilter filter, LocalDate today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(filter);
        PatientListRows rows = await index.RowsAsync(store, today, cancellationToken);
        string? search = string.IsNullOrWhiteSpace(filter.Search) ? null : filter.Search.Trim();
        return [.. rows.Ordered(filter.Sort).Where(row => Matches(row, filter, search))];
    }

    private static bool Matches(PatientRow row, PatientFilter filter, string? search) =>
        (search is null || row.Id.Contains(search, StringComparison.OrdinalIgnoreCase) || row.Label.Contains(search, StringComparison.OrdinalIgnoreCase))
        && (!filter.OnSirolimus || row.OnSirolimus)
        && (!filter.RecentPneumothorax || row.EpisodeInLastYear)
        && (!filter.TroughOutOfWindow || row.Flags?.TroughOutOfWindow == true)
        && (!filter.TroughOverdue || row.Flags?.TroughOverdue == true)
        && (!filter.OpenWarnings || row.Flags?.OpenWarnings == true);
}
