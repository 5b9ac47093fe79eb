namespace LamTrack.Analytics.Troughs;

/// <summary>On-sirolimus time and episodes with the level in one band.</summary>
/// <remarks>A value type: a patient's bands are one array, not an object per band.</remarks>
/// <param name="Band">The band.</param>
/// <param name="Days">Days on sirolimus with the level in the band.</param>
/// <param name="KnownLevelDays">Days on sirolimus with a known level (from the first trough of each course on).</param>
/// <param name="Episodes">Counted episodes whose onset fell on a day with the level in the band.</param>
public readonly record struct BandExposure(TroughBand Band, double Days, double KnownLevelDays, int Episodes)
{
    /// <summary>The share of known-level time spent in the band (time in range, Rosendaal), or null without known-level time.</summary>
    public double? Fraction => KnownLevelDays > 0 ? Days / KnownLevelDays : null;
}
