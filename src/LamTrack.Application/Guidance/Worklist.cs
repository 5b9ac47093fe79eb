using NodaTime;

namespace LamTrack.Application.Guidance;

/// <summary>The clinic worklist as of a date: patients most urgent first, then the records that could not be evaluated.</summary>
/// <remarks>Order: the severity of each patient's most severe finding (critical, warning, consider, info, then none),
/// then the patient id in ordinal order.</remarks>
/// <param name="AsOf">The day of evaluation.</param>
/// <param name="Patients">One entry per evaluated patient, in worklist order.</param>
/// <param name="Errors">One line per patient that could not be evaluated ("id: reason").</param>
public sealed record Worklist(LocalDate AsOf, IReadOnlyList<WorklistEntry> Patients, IReadOnlyList<string> Errors);
