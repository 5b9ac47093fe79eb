using System.Collections.Concurrent;

namespace LamTrack.Fhir.Import;

/// <summary>Counts the resources and codes an import read but did not use, by resource type and code, so that each is
/// listed once with its count instead of once per resource. Safe to use from the parallel reader.</summary>
public sealed class UnusedTally
{
    private readonly ConcurrentDictionary<(string Type, string Code), int> _counts = new();

    /// <summary>Counts one unused resource.</summary>
    /// <param name="type">The resource type.</param>
    /// <param name="code">The code that was not used (<c>system|code</c>), a reason such as <c>status:entered-in-error</c>,
    /// or empty for a resource type that is not read at all.</param>
    public void Count(string type, string code) => _counts.AddOrUpdate((type, code), 1, (_, n) => n + 1);

    /// <summary>Every (type, code) with its count, ordered by type then code.</summary>
    public IReadOnlyList<UnusedEntry> Entries =>
        [.. _counts.Select(p => new UnusedEntry(p.Key.Type, p.Key.Code, p.Value))
            .OrderBy(e => e.ResourceType, StringComparer.Ordinal).ThenBy(e => e.Code, StringComparer.Ordinal)];

    /// <summary>How many resources were counted in all.</summary>
    public long Total => _counts.Values.Sum(n => (long)n);
}
