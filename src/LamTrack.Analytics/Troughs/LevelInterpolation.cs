namespace LamTrack.Analytics.Troughs;

/// <summary>How the sirolimus level is taken between two trough measurements.</summary>
/// <remarks>Before the first trough of a course the level is unknown; after the last it is carried forward to the course's end.</remarks>
public enum LevelInterpolation
{
    /// <summary>Each trough holds until the next one (last observation carried forward).</summary>
    CarryForward = 1,

    /// <summary>Linear between consecutive troughs (Rosendaal FR et al., Thromb Haemost 1993;69:236–239).</summary>
    Linear = 2,
}
