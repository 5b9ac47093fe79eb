using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace LamTrack.Web.Benchmarks;

/// <summary>The mixed load of issue 17: many clients, each on a connection of its own, each choosing at random among the
/// patient list, a patient page, the cohort dashboard, a dose proposal and a new trough, with a pause between an answer
/// and its next request.</summary>
/// <remarks>Each client saves troughs only on patients of its own, so no two writes of the load conflict, and every
/// failed write is a failure of the server, not a version conflict the load made. A write quotes the version of the
/// client's last answer for that patient; after a write that got no answer, the client reads the record again.</remarks>
internal sealed class MixedWorkload(LoadSettings settings, HttpClient client, MixedPatients patients, AcknowledgedWrites writes)
{
    // The share of each operation, in percent: mostly reading; as many dose proposals as new troughs, since a
    // pharmacist asks for a proposal after saving a level.
    private static readonly (MixedOperation Operation, int Weight)[] s_mix =
    [
        (MixedOperation.PatientList, 25), (MixedOperation.PatientPage, 35), (MixedOperation.Dashboard, 10),
        (MixedOperation.DoseProposal, 15), (MixedOperation.NewTrough, 15),
    ];

    private readonly long _origin = Stopwatch.GetTimestamp();

    /// <summary>Every request so far.</summary>
    public ConcurrentQueue<RequestSample> Samples { get; } = new();

    /// <summary>Seconds since the load was made.</summary>
    public double Elapsed => Stopwatch.GetElapsedTime(_origin).TotalSeconds;

    /// <summary>Runs every client until <paramref name="stop"/> is cancelled; requests under way then are finished.</summary>
    public Task RunAsync(CancellationToken stop) => Task.WhenAll(Enumerable.Range(0, settings.Clients).Select(worker => WorkerAsync(worker, stop)));

    private async Task WorkerAsync(int worker, CancellationToken stop)
    {
        var random = new Random(settings.Seed * 1000 + worker);
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        TreatedPatient[] mine = [.. patients.Treated.Where((_, i) => i % settings.Clients == worker)];
        for (int call = 0; !stop.IsCancellationRequested; call++)
        {
            await (Choose(random) switch
            {
                MixedOperation.PatientList => GetAsync(MixedOperation.PatientList, $"/patients?page={random.Next(10)}"),
                MixedOperation.PatientPage => GetAsync(MixedOperation.PatientPage, $"/patients/{Escape(patients.Ids[random.Next(patients.Ids.Count)])}"),
                MixedOperation.Dashboard => GetAsync(MixedOperation.Dashboard, "/cohort"),
                MixedOperation.DoseProposal => ProposeAsync(patients.Treated[random.Next(patients.Treated.Count)]),
                _ => mine.Length == 0 ? Task.CompletedTask : NewTroughAsync(mine[random.Next(mine.Length)], $"{writes.Prefix}{settings.Seed}-{worker}-{call}", versions),
            });
            try
            {
                await Task.Delay(random.Next(2 * settings.ThinkMilliseconds + 1), stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private static MixedOperation Choose(Random random)
    {
        int roll = random.Next(s_mix.Sum(m => m.Weight));
        foreach ((MixedOperation operation, int weight) in s_mix)
        {
            if ((roll -= weight) < 0)
            {
                return operation;
            }
        }

        throw new UnreachableException();
    }

    private static string Escape(string id) => Uri.EscapeDataString(id);

    private async Task GetAsync(MixedOperation operation, string path)
    {
        using HttpResponseMessage? response = await SendAsync(operation, () => new HttpRequestMessage(HttpMethod.Get, path));
    }

    private async Task ProposeAsync(TreatedPatient patient)
    {
        string body = $$"""{"target":"5-15","decisionDate":"{{patient.TroughDate}}"}""";
        using HttpResponseMessage? response = await SendAsync(MixedOperation.DoseProposal,
            () => new HttpRequestMessage(HttpMethod.Post, $"/api/patients/{Escape(patient.Id)}/dose-proposal") { Content = Json(body) });
    }

    private async Task NewTroughAsync(TreatedPatient patient, string eventId, Dictionary<string, string> versions)
    {
        if (!versions.TryGetValue(patient.Id, out string? etag))
        {
            using HttpResponseMessage? read = await SendAsync(MixedOperation.PatientRecord, () => new HttpRequestMessage(HttpMethod.Get, $"/api/patients/{Escape(patient.Id)}"));
            if (read is not { IsSuccessStatusCode: true, Headers.ETag: { } tag })
            {
                return;
            }

            etag = tag.Tag;
        }

        var trough = new JsonObject
        {
            ["type"] = "trough", ["id"] = eventId, ["date"] = patient.TroughDate, ["source"] = "soak load",
            ["result"] = new JsonObject { ["value"] = 7.5, ["unit"] = "ng/mL" },
        };
        using HttpResponseMessage? saved = await SendAsync(MixedOperation.NewTrough, () =>
        {
            var post = new HttpRequestMessage(HttpMethod.Post, $"/api/patients/{Escape(patient.Id)}/events") { Content = Json(trough.ToJsonString()) };
            post.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
            return post;
        });
        Remember(patient.Id, eventId, saved, versions);
    }

    private void Remember(string patientId, string eventId, HttpResponseMessage? saved, Dictionary<string, string> versions)
    {
        if (saved is { IsSuccessStatusCode: true, Headers.ETag: { } tag })
        {
            writes.Acknowledge(patientId, eventId);
            versions[patientId] = tag.Tag;
            return;
        }

        if (saved is null)
        {
            writes.Unanswered(patientId);
        }

        versions.Remove(patientId);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    /// <summary>Sends one request and records it; no answer (the server is down, or was killed under it) is status 0.</summary>
    private async Task<HttpResponseMessage?> SendAsync(MixedOperation operation, Func<HttpRequestMessage> request)
    {
        long start = Stopwatch.GetTimestamp();
        using HttpRequestMessage message = request();
        try
        {
            HttpResponseMessage response = await client.SendAsync(message, HttpCompletionOption.ResponseContentRead);
            Record(operation, start, (int)response.StatusCode);
            return response;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            Record(operation, start, 0);
            // While the server is down, a refused connection comes back at once; pause instead of spinning.
            await Task.Delay(100);
            return null;
        }
    }

    private void Record(MixedOperation operation, long start, int status) =>
        Samples.Enqueue(new RequestSample(Elapsed, operation, Stopwatch.GetElapsedTime(start).TotalMilliseconds, status));
}
