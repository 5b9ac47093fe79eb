using System.Collections.Concurrent;
using LamTrack.Application.Ports;
using NodaTime;

namespace LamTrack.Web.Components.Pages.Records;

/// <summary>One state of the <see cref="PatientListIndex"/>: every patient's row as of a day and a change mark, never
/// changed once made, with each order computed the first time it is asked for.</summary>
public sealed class PatientListRows
{
    private readonly ConcurrentDictionary<string, PatientRow[]> _orders = new(StringComparer.Ordinal);

    /// <summary>The rows of a store as of <paramref name="today"/> and <paramref name="mark"/>.</summary>
    public PatientListRows(string store, LocalDate today, long mark, IReadOnlyDictionary<string, PatientRow> byId)
    {
        Store = store;
        Today = today;
        Mark = mark;
        ById = byId;
    }

    /// <summary>The store the rows were read from (its description).</summary>
    public string Store { get; }

    /// <summary>The day the rows and their findings are as of.</summary>
    public LocalDate Today { get; }

    /// <summary>The store's change mark the rows are current at.</summary>
    public long Mark { get; }

    /// <summary>Every row by patient id.</summary>
    public IReadOnlyDictionary<string, PatientRow> ById { get; }

    /// <summary>Whether these rows are of <paramref name="store"/> as of <paramref name="today"/>.</summary>
    public bool Fits(IPatientStore store, LocalDate today) => store.Description == Store && today == Today;

    /// <summary>Every row in the order <paramref name="sort"/> names (<see cref="PatientFilter.Sort"/>).</summary>
    public IReadOnlyList<PatientRow> Ordered(string sort) => _orders.GetOrAdd(sort, key => Order(ById.Values, key));

    private static PatientRow[] Order(IEnumerable<PatientRow> rows, string sort) => sort switch
    {
        "id" => [.. rows.OrderBy(r => r.Id, StringComparer.Ordinal)],
        "episode" => [.. rows.OrderByDescending(r => r.LastEpisode).ThenBy(r => r.Id, StringComparer.Ordinal)],
        "events" => [.. rows.OrderByDescending(r => r.EventCount).ThenBy(r => r.Label, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal)],
        // As lamtrack advise --all orders the worklist: the most severe finding first, then the id; records that could
        // not be evaluated last.
        "worklist" => [.. rows.OrderBy(r => r.Unadvised).ThenByDescending(r => r.MostSevere?.SeverityRank ?? -1).ThenBy(r => r.Id, StringComparer.Ordinal)],
        _ => [.. rows.OrderBy(r => r.Label, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal)],
    };
}
