using System.Globalization;
using LamTrack.Domain.Patients;
using LamTrack.Web.Components.Forms;
using NodaTime;
using NodaTime.Text;

namespace LamTrack.Web.Components.Pages.Dosing;

/// <summary>What the trough workspace's entry form holds: the result (measured, or censored below or above a limit),
/// when it was drawn, when the last dose was taken, the assay and the source.</summary>
/// <remarks>
/// The values become a <c>trough</c> event of the patient file format (<see cref="ToFormValues"/>), which the file
/// reader then checks as it checks a file: the workspace validates nothing itself. The patient file format dates a
/// trough by its day; the drawing time and the time of the last dose are kept in the event's note.
/// </remarks>
public sealed class TroughEntry
{
    // What a browser's datetime-local input sends: minutes, no seconds.
    private static readonly LocalDateTimePattern s_minutes = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    /// <summary>"" for a measured value, "below" (&lt; limit) or "above" (&gt; limit).</summary>
    public string Censoring { get; set; } = string.Empty;

    /// <summary>The measured value, as typed.</summary>
    public string? Value { get; set; }

    /// <summary>The censoring limit, as typed.</summary>
    public string? Limit { get; set; }

    /// <summary>The UCUM unit of the value or limit.</summary>
    public string Unit { get; set; } = "ng/mL";

    /// <summary>When the blood was drawn, as typed ("2018-02-20T07:55").</summary>
    public string? DrawnAt { get; set; }

    /// <summary>When the last dose before the level was taken, as typed.</summary>
    public string? LastDoseAt { get; set; }

    /// <summary>The assay (LC-MS/MS, immunoassay), when known.</summary>
    public string? Assay { get; set; }

    /// <summary>Where the level comes from.</summary>
    public string Source { get; set; } = "Laboratory report";

    /// <summary>The day the level was drawn, or null when <see cref="DrawnAt"/> does not read.</summary>
    public LocalDate? DrawnDay => Parse(DrawnAt)?.Date;

    /// <summary>Hours from the last dose to the drawing, or null when either time is missing or unreadable.</summary>
    public double? HoursSinceLastDose =>
        Parse(DrawnAt) is { } drawn && Parse(LastDoseAt) is { } dose ? Period.Between(dose, drawn, PeriodUnits.Minutes).Minutes / 60.0 : null;

    /// <summary>The values of the <c>trough</c> event form (keyed by field path) for a new event with id <paramref name="id"/>.</summary>
    public Dictionary<string, string?> ToFormValues(string id) => new(StringComparer.Ordinal)
    {
        ["id"] = id,
        ["date"] = DrawnDay is { } day ? day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : DrawnAt,
        ["source"] = Source,
        ["note"] = Note(),
        ["result.censoring"] = Censoring,
        ["result.value"] = Censoring.Length == 0 ? Value : null,
        ["result.limit"] = Censoring.Length == 0 ? null : Limit,
        ["result.unit"] = Unit,
        ["assay"] = Assay,
    };

    /// <summary>A new event id for a level drawn at <see cref="DrawnAt"/>, unused in <paramref name="patient"/>.</summary>
    public string NewId(Patient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        string stem = Parse(DrawnAt) is { } at ? "tr-" + at.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture) : "tr";
        return EventIds.Unused(patient, stem);
    }

    private string? Note()
    {
        if (Parse(DrawnAt) is not { } drawn)
        {
            return null;
        }

        string note = "drawn at " + drawn.ToString("HH:mm", CultureInfo.InvariantCulture);
        return HoursSinceLastDose is double hours
            ? note + string.Create(CultureInfo.InvariantCulture, $"; last dose {Parse(LastDoseAt):yyyy-MM-dd HH:mm}, {hours:0.#} h before")
            : note;
    }

    private static LocalDateTime? Parse(string? text)
    {
        string trimmed = text?.Trim() ?? string.Empty;
        ParseResult<LocalDateTime> minutes = s_minutes.Parse(trimmed);
        ParseResult<LocalDateTime> seconds = minutes.Success ? minutes : LocalDateTimePattern.ExtendedIso.Parse(trimmed);
        return seconds.Success ? seconds.Value : null;
    }
}
