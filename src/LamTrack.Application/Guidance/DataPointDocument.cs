using NodaTime;

namespace LamTrack.Application.Guidance;

/// <summary>A recorded fact a finding used.</summary>
/// <param name="Name">What was recorded.</param>
/// <param name="Value">The value with its unit, as text.</param>
/// <param name="Date">The date the fact refers to.</param>
public sealed record DataPointDocument(string Name, string Value, LocalDate Date);
