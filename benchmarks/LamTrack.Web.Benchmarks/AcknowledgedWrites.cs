using System.Collections.Concurrent;
using System.Text.Json;

namespace LamTrack.Web.Benchmarks;

/// <summary>The ledger of the mixed load's writes: each trough the server answered with 2xx, and how many went
/// unanswered (the connection failed, so the trough may or may not be stored).</summary>
internal sealed class AcknowledgedWrites
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<string>> _acknowledged = new(StringComparer.Ordinal);
    private int _unanswered;

    /// <summary>The prefix of every event id the load writes, so its troughs can be told from the store's own.</summary>
    public string Prefix { get; } = $"soak-{Guid.NewGuid():N}"[..13] + "-";

    public int Count => _acknowledged.Values.Sum(b => b.Count);

    public int UnansweredCount => _unanswered;

    public void Acknowledge(string patientId, string eventId) => _acknowledged.GetOrAdd(patientId, _ => []).Add(eventId);

    /// <summary>Counts a write that got no answer; her record is read back too, to see whether it was stored.</summary>
    public void Unanswered(string patientId)
    {
        _acknowledged.GetOrAdd(patientId, _ => []);
        Interlocked.Increment(ref _unanswered);
    }

    /// <summary>Reads back every patient written to and counts the acknowledged troughs that are missing, and the load's
    /// troughs that are stored without an acknowledgement (an answer lost to a kill).</summary>
    public async Task<WriteCheck> VerifyAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        int found = 0, missing = 0, extra = 0;
        foreach ((string patientId, ConcurrentBag<string> acknowledged) in _acknowledged)
        {
            using JsonDocument patient = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/patients/{Uri.EscapeDataString(patientId)}", UriKind.Relative)));
            var stored = EventIds.Of(patient.RootElement).Where(id => id.StartsWith(Prefix, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
            int present = acknowledged.Count(stored.Contains);
            found += present;
            missing += acknowledged.Count - present;
            extra += stored.Count - present;
        }

        return new WriteCheck(Count, found, missing, extra, UnansweredCount);
    }
}
