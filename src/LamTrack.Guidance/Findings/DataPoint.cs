using NodaTime;

namespace LamTrack.Guidance.Findings;

/// <summary>One recorded fact a finding was derived from, named so that the clinician can check it.</summary>
/// <param name="Name">What was recorded, for example "sirolimus trough" or "FEV1".</param>
/// <param name="Value">The value with its unit, as text, for example "0.01 ng/mL".</param>
/// <param name="Date">The date the fact refers to.</param>
public sealed record DataPoint(string Name, string Value, LocalDate Date)
{
    /// <summary>"name value on yyyy-MM-dd".</summary>
    public override string ToString() => $"{Name} {Value} on {Date:yyyy-MM-dd}";
}
