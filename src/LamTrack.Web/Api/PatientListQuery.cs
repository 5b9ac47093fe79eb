using LamTrack.Web.Components.Pages.Records;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using NodaTime.Text;

namespace LamTrack.Web.Api;

/// <summary>The query parameters of <c>GET /api/patients</c>: the patient list page's filters and order, the day they
/// are judged on, and the page wanted.</summary>
public sealed record PatientListQuery
{
    /// <summary>Part of the id or label.</summary>
    [FromQuery(Name = "search")] public string? Search { get; init; }

    /// <summary>Only patients on sirolimus.</summary>
    [FromQuery(Name = "sirolimus")] public bool? Sirolimus { get; init; }

    /// <summary>Only patients with a pneumothorax in the last 12 months.</summary>
    [FromQuery(Name = "recent")] public bool? Recent { get; init; }

    /// <summary>Only patients whose last trough is out of the target window.</summary>
    [FromQuery(Name = "outOfWindow")] public bool? OutOfWindow { get; init; }

    /// <summary>Only patients with a trough overdue.</summary>
    [FromQuery(Name = "overdue")] public bool? Overdue { get; init; }

    /// <summary>Only patients with open guidance warnings.</summary>
    [FromQuery(Name = "warnings")] public bool? Warnings { get; init; }

    /// <summary>label, id, episode, events or worklist.</summary>
    [FromQuery(Name = "sort")] public string? Sort { get; init; }

    /// <summary>The day the filters are judged on (YYYY-MM-DD); default today.</summary>
    [FromQuery(Name = "asOf")] public string? AsOf { get; init; }

    /// <summary>How many matching patients to skip.</summary>
    [FromQuery(Name = "offset")] public int? Offset { get; init; }

    /// <summary>How many to return (50 by default, at most 200).</summary>
    [FromQuery(Name = "limit")] public int? Limit { get; init; }

    /// <summary>The filter these parameters ask for; sorted by id unless a sort is named.</summary>
    public PatientFilter Filter() => new(Search, Sirolimus == true, Recent == true, OutOfWindow == true, Overdue == true, Warnings == true) { Sort = Sort ?? "id" };

    /// <summary>The day of <see cref="AsOf"/> (today when absent), or a 400 naming the parameter.</summary>
    public (LocalDate? Day, IResult? Refusal) AsOfDay(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (AsOf is null)
        {
            return (clock.GetCurrentInstant().InUtc().Date, null);
        }

        ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(AsOf);
        return parsed.Success
            ? (parsed.Value, null)
            : (null, ApiProblems.Of(StatusCodes.Status400BadRequest, WebProblemCodes.WrongShape, "Unreadable date", $"asOf '{AsOf}' is not a date YYYY-MM-DD."));
    }
}
