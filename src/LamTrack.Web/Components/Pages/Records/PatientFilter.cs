namespace LamTrack.Web.Components.Pages.Records;

/// <summary>Which patients the list shows and in what order; the same for the page and <c>GET /api/patients</c>.</summary>
/// <param name="Search">Part of the id or label (case-insensitive), or null for all.</param>
/// <param name="OnSirolimus">Only patients with a sirolimus course running today.</param>
/// <param name="RecentPneumothorax">Only patients with a pneumothorax in the 12 months before today.</param>
/// <param name="TroughOutOfWindow">Only patients whose latest trough is outside the target window (by their findings).</param>
/// <param name="TroughOverdue">Only patients with a trough overdue (by their findings).</param>
/// <param name="OpenWarnings">Only patients with a warning or critical finding.</param>
public sealed record PatientFilter(string? Search, bool OnSirolimus, bool RecentPneumothorax, bool TroughOutOfWindow, bool TroughOverdue, bool OpenWarnings)
{
    /// <summary>The order: "label" (default), "id", "episode" (latest pneumothorax first), "events" (most first) or
    /// "worklist" (most urgent finding first, as <c>lamtrack advise --all</c> orders the clinic worklist).</summary>
    public string Sort { get; init; } = "label";

    /// <summary>Whether a filter or the order needs each patient's guidance findings.</summary>
    public bool NeedsGuidance => TroughOutOfWindow || TroughOverdue || OpenWarnings || Sort == "worklist";

    /// <summary>Whether the record's own data (not only its id) is needed: any filter, or an order other than by id.</summary>
    public bool NeedsRecords => NeedsGuidance || OnSirolimus || RecentPneumothorax || Sort != "id";
}
