using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LamTrack.Testing;
using LamTrack.Web.Identity;
using LamTrack.Web.Tests.Support;

namespace LamTrack.Web.Tests.Security;

/// <summary>A concrete request for each endpoint of the matrix: route parameters filled with stored values, and a body
/// that the endpoint accepts from a caller it authorizes.</summary>
public static partial class MatrixRequests
{
    /// <summary>The request <paramref name="caller"/> sends to <paramref name="endpoint"/>.</summary>
    public static async Task<HttpRequestMessage> BuildAsync(MatrixEndpoint endpoint, string caller, SecurityServer server)
    {
        string method = endpoint.Method == "*" ? "GET" : endpoint.Method;
        var request = new HttpRequestMessage(new HttpMethod(method), new Uri(Path(endpoint.Route, server), UriKind.Relative));
        if (method == "POST")
        {
            request.Content = await BodyAsync(endpoint, caller, server, request);
        }

        return request;
    }

    /// <summary>The route with each parameter replaced by a value the store holds.</summary>
    public static string Path(string route, SecurityServer server) =>
        Parameter().Replace(route, match => match.Groups[1].Value.ToLowerInvariant() switch
        {
            "id" => SecurityServer.TargetId,
            "type" => "pneumothorax",
            "eventid" => server.TargetEventId,
            "documentname" => "v1",
            "path" => "not-a-file.css",
            string name => throw new InvalidOperationException($"no value for the route parameter '{name}' of {route}: add one to MatrixRequests.Path"),
        });

    // A body per write endpoint, so that an authorized caller gets the endpoint's success (or its first refusal past
    // authorization) rather than a malformed-body answer that says nothing about who may call it.
    private static async Task<HttpContent> BodyAsync(MatrixEndpoint endpoint, string caller, SecurityServer server, HttpRequestMessage request)
    {
        switch (endpoint.Route.TrimEnd('/'))
        {
            case "/api/auth/login":
                return ApiCalls.Json(new JsonObject { ["email"] = $"{Roles.Researcher}@test.example", ["password"] = WebHostFixture.Password });
            case "/api/patients":
                JsonObject patient = CaseSeriesData.Json(5);
                patient["id"] = $"matrix-new-{caller}";
                return ApiCalls.Json(patient);
            case "/api/patients/{id}/events":
                request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(await CurrentETagAsync(server)));
                return ApiCalls.Json(ApiCalls.Trough($"matrix-trough-{caller}", "2017-12-15", 6.2));
            case "/api/patients/{id}/dose-proposal":
                return ApiCalls.Json(new JsonObject { ["target"] = "5-15", ["decisionDate"] = "2018-03-01" });
            case "/api/import/fhir":
                // The server's own export of its patients: an import of it is valid and changes nothing.
                var bundle = new StringContent(await server.ExportedBundleAsync());
                bundle.Headers.ContentType = new MediaTypeHeaderValue("application/fhir+json");
                return bundle;
            default:
                // A page or the logout endpoint: a form post without its antiforgery token.
                return new FormUrlEncodedContent([new("_handler", "matrix"), new("returnUrl", "/")]);
        }
    }

    private static async Task<string> CurrentETagAsync(SecurityServer server)
    {
        using HttpResponseMessage read = await server.Bearer(Roles.Clinician).GetAsync(new Uri($"/api/patients/{SecurityServer.TargetId}", UriKind.Relative));
        read.EnsureSuccessStatusCode();
        return read.Headers.ETag!.Tag;
    }

    [GeneratedRegex(@"\{\*{0,2}([A-Za-z]+)(?::[^}]*)?\??\}")]
    private static partial Regex Parameter();
}
