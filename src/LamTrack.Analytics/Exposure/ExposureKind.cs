namespace LamTrack.Analytics.Exposure;

/// <summary>A patient's sirolimus exposure over a stretch of follow-up.</summary>
public enum ExposureKind
{
    /// <summary>From the start of observation (the first pneumothorax) to the first sirolimus start; all follow-up when never treated.</summary>
    Before = 1,

    /// <summary>While a sirolimus course runs, [start, stop).</summary>
    On = 2,

    /// <summary>Between the stop of one course and the start of the next.</summary>
    Interrupted = 3,

    /// <summary>After the last course stopped, to the end of follow-up.</summary>
    After = 4,
}
