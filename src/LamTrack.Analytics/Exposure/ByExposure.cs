namespace LamTrack.Analytics.Exposure;

/// <summary>One value for each exposure kind.</summary>
/// <remarks>A value type: a registry keeps one per patient, inline, so the collector has nothing extra to trace.</remarks>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Before">Before sirolimus.</param>
/// <param name="On">On sirolimus.</param>
/// <param name="Interrupted">Between courses.</param>
/// <param name="After">After the last stop.</param>
public readonly record struct ByExposure<T>(T Before, T On, T Interrupted, T After)
{
    /// <summary>The value for <paramref name="kind"/>.</summary>
    public T this[ExposureKind kind] => kind switch
    {
        ExposureKind.Before => Before,
        ExposureKind.On => On,
        ExposureKind.Interrupted => Interrupted,
        _ => After,
    };

    /// <summary>Applies <paramref name="map"/> to each value.</summary>
    public ByExposure<TOut> Select<TOut>(Func<ExposureKind, T, TOut> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return new(map(ExposureKind.Before, Before), map(ExposureKind.On, On), map(ExposureKind.Interrupted, Interrupted), map(ExposureKind.After, After));
    }

    /// <summary>Every exposure kind, in timeline order.</summary>
    public static IReadOnlyList<ExposureKind> Kinds { get; } = [ExposureKind.Before, ExposureKind.On, ExposureKind.Interrupted, ExposureKind.After];
}
