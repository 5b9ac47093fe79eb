using LamTrack.Domain.Dates;
using LamTrack.Domain.Provenance;
using LamTrack.Measures.Quantities;

namespace LamTrack.Domain.Events;

/// <summary>One pneumothorax episode: its onset (<see cref="ClinicalEvent.Date"/>), side, lung compression, resolution and context.</summary>
/// <remarks>
/// A bilateral pneumothorax is one episode with two sides and two compressions. An episode that starts before the
/// previous one resolved belongs to that episode and is not recorded as a new one (case 4's progression from right to
/// bilateral within two days).
/// </remarks>
public sealed record PneumothoraxEpisode(string Id, ClinicalDate Date, SourceReference Source, PneumothoraxSide Side)
    : ClinicalEvent(Id, Date, Source)
{
    /// <summary>Compression of the left lung, when stated.</summary>
    public LungCompression? LeftCompression { get; init; }

    /// <summary>Compression of the right lung, when stated.</summary>
    public LungCompression? RightCompression { get; init; }

    /// <summary>Compression when the source does not say which side ("unilateral pneumothorax with 30% lung compression").</summary>
    public LungCompression? UnspecifiedSideCompression { get; init; }

    /// <summary>The largest compression stated for any side, or null when none is stated.</summary>
    public LungCompression? MaximumCompression =>
        new[] { LeftCompression, RightCompression, UnspecifiedSideCompression }.Where(c => c is not null).Max();

    /// <summary>When the pneumothorax was confirmed resolved, when known.</summary>
    public ClinicalDate? Resolution { get; init; }

    /// <summary>The circumstances of onset as stated (rest, minimal activity, sneeze, pregnancy).</summary>
    public IReadOnlyList<PneumothoraxTrigger> Triggers { get; init; } = [];

    /// <summary>Where it was managed ("our hospital", "a local hospital", "at home").</summary>
    public string? ManagedAt { get; init; }

    /// <summary>Whether the episode involves the left lung.</summary>
    public bool InvolvesLeft => Side is PneumothoraxSide.Left or PneumothoraxSide.Bilateral;

    /// <summary>Whether the episode involves the right lung.</summary>
    public bool InvolvesRight => Side is PneumothoraxSide.Right or PneumothoraxSide.Bilateral;
}
