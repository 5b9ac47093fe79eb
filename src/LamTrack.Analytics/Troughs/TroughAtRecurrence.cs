using LamTrack.Analytics.Exposure;
using NodaTime;

namespace LamTrack.Analytics.Troughs;

/// <summary>The last trough measured on or before a recurrence after sirolimus was started.</summary>
/// <param name="EpisodeId">The counted episode.</param>
/// <param name="Onset">Its onset day.</param>
/// <param name="Exposure">Its exposure (on, interrupted or after).</param>
/// <param name="Result">The result as a clinician writes it ("0.01 ng/mL", "&gt; 15 ng/mL", "4–5 ng/mL (range)"); null when no trough precedes it.</param>
/// <param name="NanogramsPerMillilitre">The level used for bands; for a range, its mid-range.</param>
/// <param name="DaysBefore">Days from the trough (or the end of a reported range's window) to the onset; 0 on the same day.</param>
/// <param name="FromRange">Whether the value is a reported range rather than a single result.</param>
public sealed record TroughAtRecurrence(
    string EpisodeId,
    LocalDate Onset,
    ExposureKind Exposure,
    string? Result,
    double? NanogramsPerMillilitre,
    int? DaysBefore,
    bool FromRange);
