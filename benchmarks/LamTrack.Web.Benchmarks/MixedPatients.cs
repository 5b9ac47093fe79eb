using System.Text.Json;

namespace LamTrack.Web.Benchmarks;

/// <summary>The patients the mixed load works on, read from the server before it starts: every id, and those with a trough.</summary>
internal sealed class MixedPatients
{
    private MixedPatients(IReadOnlyList<string> ids, IReadOnlyList<TreatedPatient> treated)
    {
        Ids = ids;
        Treated = treated;
    }

    public IReadOnlyList<string> Ids { get; }

    public IReadOnlyList<TreatedPatient> Treated { get; }

    /// <summary>Reads every patient id through the list API and every record once, to find the treated ones.</summary>
    public static async Task<MixedPatients> ReadAsync(HttpClient client)
    {
        var ids = new List<string>();
        for (int total = int.MaxValue; ids.Count < total;)
        {
            using JsonDocument page = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/patients?sort=id&limit=200&offset={ids.Count}", UriKind.Relative)));
            total = page.RootElement.GetProperty("total").GetInt32();
            int before = ids.Count;
            ids.AddRange(page.RootElement.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString()!));
            if (ids.Count == before)
            {
                break;
            }
        }

        var treated = new List<TreatedPatient>();
        foreach (string id in ids)
        {
            using JsonDocument patient = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/patients/{Uri.EscapeDataString(id)}", UriKind.Relative)));
            if (EventIds.LatestTroughDate(patient.RootElement) is { } date)
            {
                treated.Add(new TreatedPatient(id, date));
            }
        }

        return new MixedPatients(ids, treated);
    }
}
