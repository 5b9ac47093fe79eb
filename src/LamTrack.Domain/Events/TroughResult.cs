using System.Globalization;
using LamTrack.Measures.Quantities;
using LamTrack.Measures.Units;

namespace LamTrack.Domain.Events;

/// <summary>A sirolimus trough result: a measured value, or a censored one (undetectable, below or above a limit).</summary>
/// <remarks>The recorded value and unit are kept as written in <see cref="Recorded"/>; typed values are in ng/mL.</remarks>
public sealed record TroughResult
{
    private TroughResult(TroughCensoring censoring, MassConcentration? value, MassConcentration? limit, Measurement? recorded)
    {
        Censoring = censoring;
        Value = value;
        Limit = limit;
        Recorded = recorded;
    }

    /// <summary>How the result relates to the assay's limits.</summary>
    public TroughCensoring Censoring { get; }

    /// <summary>The measured value; null when censored.</summary>
    public MassConcentration? Value { get; }

    /// <summary>The limit of a censored result; null when measured or when an undetectable result's limit is unknown.</summary>
    public MassConcentration? Limit { get; }

    /// <summary>The value or limit as written, with its unit.</summary>
    public Measurement? Recorded { get; }

    /// <summary>A measured value.</summary>
    /// <exception cref="InvalidOperationException">The unit is not a mass concentration.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public static TroughResult Measured(Measurement recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        return new(TroughCensoring.None, recorded.ToMassConcentration(), null, recorded);
    }

    /// <summary>An undetectable result, with the detection limit when known.</summary>
    public static TroughResult Undetectable(Measurement? detectionLimit) =>
        new(TroughCensoring.Undetectable, null, detectionLimit?.ToMassConcentration(), detectionLimit);

    /// <summary>A result below <paramref name="limit"/>.</summary>
    public static TroughResult Below(Measurement limit)
    {
        ArgumentNullException.ThrowIfNull(limit);
        return new(TroughCensoring.BelowLimit, null, limit.ToMassConcentration(), limit);
    }

    /// <summary>A result above <paramref name="limit"/>.</summary>
    public static TroughResult Above(Measurement limit)
    {
        ArgumentNullException.ThrowIfNull(limit);
        return new(TroughCensoring.AboveLimit, null, limit.ToMassConcentration(), limit);
    }

    /// <summary>The best single value for ranges and plots: the value, the limit of a censored result, or zero when undetectable without a limit.</summary>
    public MassConcentration BestEstimate => Value ?? Limit ?? MassConcentration.FromNanogramsPerMillilitre(0);

    /// <summary>The result as a clinician writes it: "5.28 ng/mL", "&gt; 15 ng/mL", "&lt; 1 ng/mL", "undetectable".</summary>
    public override string ToString() => Censoring switch
    {
        TroughCensoring.None => Format(Value!.Value),
        TroughCensoring.AboveLimit => "> " + Format(Limit!.Value),
        TroughCensoring.BelowLimit => "< " + Format(Limit!.Value),
        _ => Limit is null ? "undetectable" : "undetectable (< " + Format(Limit.Value) + ")",
    };

    private static string Format(MassConcentration c) =>
        string.Create(CultureInfo.InvariantCulture, $"{c.ToNanogramsPerMillilitre():0.###} ng/mL");
}
