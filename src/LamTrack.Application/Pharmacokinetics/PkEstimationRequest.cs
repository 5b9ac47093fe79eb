namespace LamTrack.Application.Pharmacokinetics;

/// <summary>MAP Bayesian estimation of each subject's parameters from the troughs of a NONMEM-style data file.</summary>
/// <param name="Model">The population model (the prior).</param>
/// <param name="DataFile">The NONMEM-style CSV with doses and troughs.</param>
public sealed record PkEstimationRequest(PkModelRequest Model, string DataFile)
{
    /// <summary>The target window <c>LOW-HIGH</c> in ng/mL drawn with each forecast. Default <c>5-15</c> (the label's window).</summary>
    public string Target { get; init; } = "5-15";

    /// <summary>Whether to forecast each estimated subject (prediction and 90 % band, hourly, with the settings' sample
    /// count and seed) for a plot.</summary>
    public bool IncludeForecast { get; init; }
}
