using LamTrack.Measures.Quantities;
using NodaTime;

namespace LamTrack.Statistics.Regression;

/// <summary>A volume measured on a date, such as one FEV1 result.</summary>
/// <param name="Date">The calendar date of the measurement.</param>
/// <param name="Volume">The measured volume.</param>
public readonly record struct DatedVolume(LocalDate Date, Volume Volume);
