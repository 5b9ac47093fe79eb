namespace LamTrack.Pharmacokinetics.Models;

/// <summary>A residual error model with its standard deviations.</summary>
/// <remarks>
/// <see cref="ProportionalSd"/> is a fraction (0.2 = 20 %) and, for <see cref="ResidualErrorKind.Exponential"/>, the SD of
/// ln y. <see cref="AdditiveSdNanogramsPerMillilitre"/> is in ng/mL. Unused parts are 0.
/// </remarks>
/// <param name="Kind">The error model.</param>
/// <param name="ProportionalSd">Proportional (or log-scale) SD, a fraction.</param>
/// <param name="AdditiveSdNanogramsPerMillilitre">Additive SD in ng/mL.</param>
public sealed record ResidualErrorModel(ResidualErrorKind Kind, double ProportionalSd, double AdditiveSdNanogramsPerMillilitre)
{
    /// <summary>The variance of an observation given the prediction f (ng/mL); on the log scale for exponential error.</summary>
    /// <remarks>var = σ_add² + (σ_prop·f)² for the additive, proportional and combined kinds; σ² for exponential.</remarks>
    public double Variance(double predictionNanogramsPerMillilitre) => Kind switch
    {
        ResidualErrorKind.Additive => AdditiveSdNanogramsPerMillilitre * AdditiveSdNanogramsPerMillilitre,
        ResidualErrorKind.Exponential => ProportionalSd * ProportionalSd,
        _ => (AdditiveSdNanogramsPerMillilitre * AdditiveSdNanogramsPerMillilitre)
            + (ProportionalSd * ProportionalSd * predictionNanogramsPerMillilitre * predictionNanogramsPerMillilitre),
    };

    /// <summary>True when observations are compared on the log scale.</summary>
    public bool IsLogScale => Kind == ResidualErrorKind.Exponential;
}
