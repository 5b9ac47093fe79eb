using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LamTrack.Web.Benchmarks;

/// <summary>The scenarios of the web application's speed targets, run one after another against one server.</summary>
internal sealed class WebWorkload(LoadSettings settings, ServerProcess server, List<string> report)
{
    private const string Header = "| scenario | clients | calls | errors | calls/s | p50 ms | p95 ms | p99 ms | server RSS MiB |";
    private readonly HttpClient _client = LoadClient.Create(settings, 64, TimeSpan.FromMinutes(5));
    private List<string> _ids = [];
    private List<string> _treated = [];

    public async Task RunAsync()
    {
        await LoadClient.SignInAsync(_client);
        report.Add(await TimedOnceAsync("patient list, first request after start (index build)", "/api/patients?limit=50"));
        _ids = await SampleIdsAsync(2000);
        _treated = await WithTroughsAsync(200);
        report.Add(await TimedOnceAsync("cohort analysis, cold", "/api/cohort/analysis"));
        report.Add(await TimedOnceAsync("cohort analysis, again (from the cache)", "/api/cohort/analysis"));
        report.Add(string.Empty);
        report.Add(Header);
        report.Add("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        TimeSpan duration = TimeSpan.FromSeconds(settings.Seconds);
        report.Add(await RunAsync("GET /api/patients, out-of-window filter, page of 50", 4, duration,
            (w, i) => OkAsync($"/api/patients?outOfWindow=true&limit=50&offset={50 * ((w + i) % 10)}")));
        report.Add(await RunAsync("patient list page (rendered), out-of-window filter", 4, duration,
            (w, i) => OkAsync($"/patients?outofwindow=true&page={(w + i) % 10}")));
        report.Add(await RunAsync("patient page (rendered: timeline, findings, trends)", 4, duration, (w, i) => OkAsync($"/patients/{Id(w, i)}")));
        report.Add(await RunAsync("GET /api/patients/{id}", 16, duration, (w, i) => OkAsync($"/api/patients/{Id(w, i)}")));
        report.Add(await RunAsync("cohort dashboard page (rendered, from the cache)", 4, duration, (_, _) => OkAsync("/cohort")));
        report.Add(await RunAsync("new trough saved + findings + dose proposal (MAP)", 2, duration, TroughAsync));
    }

    private Task<string> RunAsync(string name, int clients, TimeSpan duration, Func<int, int, Task<bool>> operation) =>
        LatencyRecorder.RunAsync(name, clients, duration, operation, server.ResidentMegabytes);

    private string Id(int worker, int call) => _ids[(worker * 7919 + call * 104729) % _ids.Count];

    private async Task<string> TimedOnceAsync(string name, string path)
    {
        long start = Stopwatch.GetTimestamp();
        bool ok = await OkAsync(path);
        double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        return string.Create(CultureInfo.InvariantCulture, $"{name}: {seconds:F2} s{(ok ? string.Empty : " (failed)")}, server RSS {server.ResidentMegabytes():F0} MiB");
    }

    private async Task<List<string>> SampleIdsAsync(int count)
    {
        var ids = new List<string>();
        for (int offset = 0; ids.Count < count; offset += 997 * 50)
        {
            using JsonDocument page = JsonDocument.Parse(await _client.GetStringAsync(new Uri($"/api/patients?sort=id&limit=200&offset={offset % 90000}", UriKind.Relative)));
            ids.AddRange(page.RootElement.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString()!));
        }

        return [.. ids.Distinct().Take(count)];
    }

    private async Task<List<string>> WithTroughsAsync(int count)
    {
        var treated = new List<string>();
        foreach (string id in _ids.Where((_, i) => i % 3 == 0))
        {
            if ((await LatestTroughAsync(id)).Date is not null && treated.Count < count)
            {
                treated.Add(id);
            }
        }

        return treated;
    }

    private async Task<bool> OkAsync(string path)
    {
        using HttpResponseMessage response = await _client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseContentRead);
        return response.IsSuccessStatusCode;
    }

    /// <summary>What a pharmacist does with a new level: save it (quoting the version read), then read the findings and
    /// the dose proposal for its date. Each client works on patients of its own, so no two writes conflict.</summary>
    private async Task<bool> TroughAsync(int worker, int call)
    {
        string id = _treated[(worker + 2 * call) % _treated.Count];
        (string? etag, string? date) = await LatestTroughAsync(id);
        if (etag is null || date is null)
        {
            return false;
        }

        var trough = new JsonObject
        {
            ["type"] = "trough", ["id"] = $"bench-{worker}-{call}-{Guid.NewGuid():N}", ["date"] = date, ["source"] = "load benchmark",
            ["result"] = new JsonObject { ["value"] = 7.5, ["unit"] = "ng/mL" },
        };
        using var post = new HttpRequestMessage(HttpMethod.Post, $"/api/patients/{id}/events") { Content = new StringContent(trough.ToJsonString(), Encoding.UTF8, "application/json") };
        post.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        using HttpResponseMessage saved = await _client.SendAsync(post);
        using HttpResponseMessage findings = await _client.GetAsync(new Uri($"/api/patients/{id}/findings?asOf={date}", UriKind.Relative));
        using HttpResponseMessage proposal = await _client.PostAsync(new Uri($"/api/patients/{id}/dose-proposal", UriKind.Relative),
            new StringContent($$"""{"target":"5-15","decisionDate":"{{date}}"}""", Encoding.UTF8, "application/json"));
        return saved.IsSuccessStatusCode && findings.IsSuccessStatusCode && proposal.IsSuccessStatusCode;
    }

    private async Task<(string? ETag, string? Date)> LatestTroughAsync(string id)
    {
        using HttpResponseMessage response = await _client.GetAsync(new Uri($"/api/patients/{id}", UriKind.Relative));
        if (!response.IsSuccessStatusCode)
        {
            return (null, null);
        }

        using JsonDocument patient = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.Headers.ETag?.Tag, EventIds.LatestTroughDate(patient.RootElement));
    }
}
