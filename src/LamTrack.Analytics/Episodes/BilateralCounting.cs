namespace LamTrack.Analytics.Episodes;

/// <summary>How a bilateral simultaneous pneumothorax is counted.</summary>
public enum BilateralCounting
{
    /// <summary>One event with two sides (default; as Table 1 of the case series counts).</summary>
    OneEvent = 1,

    /// <summary>One event per side: a bilateral episode counts twice.</summary>
    PerSide = 2,
}
