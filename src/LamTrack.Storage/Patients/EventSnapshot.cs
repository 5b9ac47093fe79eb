using NodaTime;

namespace LamTrack.Storage.Patients;

/// <summary>One timeline event as the store reads and writes it.</summary>
/// <param name="Kind">The event type, a stable name of at most 64 characters.</param>
/// <param name="OccurredOn">The event date; month- or year-precision dates use the first day of the period.</param>
/// <param name="DatePrecision">How much of the date is known (<c>Day</c>, <c>Month</c>, <c>Year</c>), at most 16 characters.</param>
/// <param name="Provenance">Where the event comes from, as the domain mapper writes it.</param>
/// <param name="PayloadJson">The event's own fields as a JSON document, stored verbatim.</param>
public sealed record EventSnapshot(string Kind, LocalDate OccurredOn, string DatePrecision, string Provenance, string PayloadJson);
