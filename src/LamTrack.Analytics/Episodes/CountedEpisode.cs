using LamTrack.Analytics.Exposure;
using LamTrack.Domain.Events;
using NodaTime;

namespace LamTrack.Analytics.Episodes;

/// <summary>A pneumothorax as counted: one or more recorded episodes folded together, assigned to an exposure.</summary>
/// <param name="Id">The identifier of the first recorded episode.</param>
/// <param name="RecordedIds">Every recorded episode folded into this one (more than one when a new side started before the previous resolved).</param>
/// <param name="Onset">The onset day (midpoint of an imprecise date).</param>
/// <param name="Side">The sides involved; left and right folded together become bilateral.</param>
/// <param name="Weight">How many events it counts for: 1, or 2 for a bilateral episode under <see cref="BilateralCounting.PerSide"/>.</param>
/// <param name="Exposure">The exposure at onset.</param>
/// <param name="IsIndex">Whether it is the patient's first pneumothorax, which opens the before-sirolimus period.</param>
public sealed record CountedEpisode(
    string Id,
    IReadOnlyList<string> RecordedIds,
    LocalDate Onset,
    PneumothoraxSide Side,
    int Weight,
    ExposureKind Exposure,
    bool IsIndex);
