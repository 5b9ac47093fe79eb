using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LamTrack.Web.Tests.Support;

/// <summary>Small helpers for calling the API with JSON bodies and reading problem details.</summary>
internal static class ApiCalls
{
    public static StringContent Json(JsonNode body) => Json(body.ToJsonString());

    public static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    public static async Task<HttpResponseMessage> PostEventAsync(HttpClient client, string patientId, JsonObject ev, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/patients/{patientId}/events") { Content = Json(ev) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        return await client.SendAsync(request);
    }

    /// <summary>Stores a case of the series under <paramref name="id"/> through the API; returns her ETag.</summary>
    public static async Task<string> CreateCaseAsync(HttpClient client, int caseNumber, string id)
    {
        JsonObject patient = LamTrack.Testing.CaseSeriesData.Json(caseNumber);
        patient["id"] = id;
        using HttpResponseMessage created = await client.PostAsync(new Uri("/api/patients", UriKind.Relative), Json(patient));
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        return created.Headers.ETag!.Tag;
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using JsonDocument document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    public static JsonObject Trough(string id, string date, double value) => new()
    {
        ["type"] = "trough",
        ["id"] = id,
        ["date"] = new JsonObject { ["value"] = date },
        ["result"] = new JsonObject { ["value"] = value, ["unit"] = "ng/mL" },
        ["source"] = "entered through the API",
    };
}
