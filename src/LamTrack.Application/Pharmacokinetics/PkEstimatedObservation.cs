namespace LamTrack.Application.Pharmacokinetics;

/// <summary>A trough an estimate used, with the predictions at it.</summary>
/// <param name="TimeHours">Time of the trough, h.</param>
/// <param name="ObservedNanogramsPerMillilitre">The DV, ng/mL (not finite when censored).</param>
/// <param name="IsCensored">Whether the trough is reported only as below or above a limit.</param>
/// <param name="PopulationNanogramsPerMillilitre">PRED, ng/mL, or null when not estimated.</param>
/// <param name="IndividualNanogramsPerMillilitre">IPRED at the mode, ng/mL, or null when not estimated.</param>
public sealed record PkEstimatedObservation(
    double TimeHours, double ObservedNanogramsPerMillilitre, bool IsCensored, double? PopulationNanogramsPerMillilitre, double? IndividualNanogramsPerMillilitre)
{
    /// <summary>Whether the trough is reported only as above <see cref="UpperLimitNanogramsPerMillilitre"/>.</summary>
    public bool IsAboveLimit { get; init; }

    /// <summary>The lower limit of quantification, ng/mL (0 when none).</summary>
    public double LowerLimitNanogramsPerMillilitre { get; init; }

    /// <summary>The upper limit a trough above it is reported at, ng/mL (0 when none).</summary>
    public double UpperLimitNanogramsPerMillilitre { get; init; }
}
