using NodaTime;

namespace LamTrack.Storage.Records;

/// <summary>One row of the <c>TimelineEvents</c> table: one clinical event of one patient.</summary>
/// <remarks>
/// The key is (<see cref="PatientId"/>, <see cref="Sequence"/>): events are an ordered list per patient. The
/// columns that queries filter or sort on (kind, date, provenance) are real columns; the fields that differ
/// from one kind of event to the next live in <see cref="PayloadJson"/>, so a new event type needs a mapper,
/// not a migration of both providers.
/// </remarks>
public sealed class TimelineEventRecord
{
    /// <summary>The owning patient's <see cref="PatientRecord.Id"/>.</summary>
    public Guid PatientId { get; set; }

    /// <summary>The 0-based position of the event in the patient's timeline.</summary>
    public int Sequence { get; set; }

    /// <summary>The event type, a stable name such as <c>SirolimusStarted</c>.</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>The date of the event, at the precision <see cref="DatePrecision"/> says.</summary>
    /// <remarks>A month-precision date is stored as the first of the month, a year-precision one as 1 January.</remarks>
    public LocalDate OccurredOn { get; set; }

    /// <summary>How much of <see cref="OccurredOn"/> is known: <c>Day</c>, <c>Month</c> or <c>Year</c>.</summary>
    public string DatePrecision { get; set; } = string.Empty;

    /// <summary>Where the event comes from (the paper, a chart, an import), as the domain mapper writes it.</summary>
    public string Provenance { get; set; } = string.Empty;

    /// <summary>The event's own fields as a JSON document.</summary>
    public string PayloadJson { get; set; } = "{}";
}
