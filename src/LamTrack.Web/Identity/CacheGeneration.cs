namespace LamTrack.Web.Identity;

/// <summary>A counter every server instance reads before using a cached result, and increments after a write.</summary>
/// <remarks>A cache entry is valid while the generation it was computed at equals the stored one.</remarks>
public sealed class CacheGeneration
{
    /// <summary>The cached area, such as <c>cohort</c>.</summary>
    public required string Area { get; set; }

    /// <summary>Incremented by every write that changes the area's data.</summary>
    public long Generation { get; set; }
}
