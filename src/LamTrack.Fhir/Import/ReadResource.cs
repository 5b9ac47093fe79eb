using Hl7.Fhir.Model;

namespace LamTrack.Fhir.Import;

/// <summary>A resource as read from an input, with where it came from.</summary>
/// <param name="Resource">The parsed resource.</param>
/// <param name="Location">File, line, type and id (no element path).</param>
public sealed record ReadResource(Resource Resource, ImportLocation Location)
{
    /// <summary>Whether a check run while reading (the profile validator) found an error in this resource.</summary>
    public bool CheckFailed { get; init; }

    /// <summary>How far into its input file reading had got when this resource was read, in bytes (for progress).</summary>
    public long Offset { get; init; }
}
