namespace LamTrack.Pharmacokinetics.Data;

/// <summary>One observation record of a subject (EVID 0).</summary>
/// <param name="TimeHours">Sampling time, h from the data set's time 0.</param>
/// <param name="ValueNanogramsPerMillilitre">DV in ng/mL, or NaN when missing (MDV 1).</param>
/// <param name="LowerLimitNanogramsPerMillilitre">LLOQ in ng/mL, or 0 when none.</param>
/// <param name="Ignored">True when MDV = 1: predicted but not used for estimation.</param>
/// <param name="Line">1-based line number in the source file (0 when not from a file).</param>
public sealed record Observation(double TimeHours, double ValueNanogramsPerMillilitre, double LowerLimitNanogramsPerMillilitre, bool Ignored, int Line)
{
    /// <summary>An upper reporting limit in ng/mL for results reported as "&gt; limit", or 0 when none.</summary>
    public double UpperLimitNanogramsPerMillilitre { get; init; }

    /// <summary>True when the result is reported only as above <see cref="UpperLimitNanogramsPerMillilitre"/> (right-censored).</summary>
    public bool IsAboveLimit => !Ignored && UpperLimitNanogramsPerMillilitre > 0 && !double.IsFinite(ValueNanogramsPerMillilitre);

    /// <summary>True when the sample is censored: below the limit of quantification or reported above a limit (M3 likelihood).</summary>
    public bool IsCensored => IsAboveLimit || (!Ignored && LowerLimitNanogramsPerMillilitre > 0 && !(ValueNanogramsPerMillilitre >= LowerLimitNanogramsPerMillilitre));

    /// <summary>True when the record enters the likelihood (measured or censored).</summary>
    public bool IsUsed => !Ignored && (IsCensored || double.IsFinite(ValueNanogramsPerMillilitre));

    /// <summary>A measured trough (for tests and mapping layers).</summary>
    public static Observation Measured(double timeHours, double valueNanogramsPerMillilitre) => new(timeHours, valueNanogramsPerMillilitre, 0, false, 0);

    /// <summary>A sample reported above <paramref name="limitNanogramsPerMillilitre"/> ("&gt; 15 ng/mL").</summary>
    public static Observation AboveLimit(double timeHours, double limitNanogramsPerMillilitre) =>
        new(timeHours, double.NaN, 0, false, 0) { UpperLimitNanogramsPerMillilitre = limitNanogramsPerMillilitre };

    /// <summary>A sample reported below <paramref name="limitNanogramsPerMillilitre"/>.</summary>
    public static Observation BelowLimit(double timeHours, double limitNanogramsPerMillilitre) => new(timeHours, double.NaN, limitNanogramsPerMillilitre, false, 0);
}
