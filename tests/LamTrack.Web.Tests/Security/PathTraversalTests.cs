using System.Net;
using System.Text.Json.Nodes;
using LamTrack.Testing;
using LamTrack.Web.Identity;
using LamTrack.Web.Tests.Support;

namespace LamTrack.Web.Tests.Security;

/// <summary>No route or parameter that takes a name reaches a file outside what it serves (OWASP ASVS 5.0, V5.3 File
/// Storage; CWE-22): patient and event ids follow the FHIR id grammar, the export names its own files, and static
/// files come from the build's manifest only.</summary>
[Collection(SecurityServerGroup.Name)]
public sealed class PathTraversalTests(SecurityServer server)
{
    [Theory]
    [InlineData("/api/patients/..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/api/patients/%2e%2e%2f%2e%2e%2fweb.db/findings")]
    [InlineData("/api/export/research-csv?file=../../../../etc/passwd")]
    [InlineData("/api/export/research-csv?file=..%2F..%2Fweb.db")]
    [InlineData("/api/export/fhir?format=../../etc/passwd")]
    [InlineData("/css/..%2F..%2Fappsettings.json")]
    [InlineData("/_framework/..%2F..%2FLamTrack.Web.dll")]
    [InlineData("/%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/..%5C..%5C..%5Cetc%5Cpasswd")]
    [InlineData("/openapi/..%2F..%2Fappsettings.json")]
    [InlineData("/patients/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/patients/matrix-target/events/new/..%2F..%2F..%2Fetc%2Fpasswd")]
    public async Task Get_TraversingName_ServesNoFileOutside(string path)
    {
        HttpClient client = path.StartsWith("/api", StringComparison.Ordinal) ? server.Bearer(Roles.Clinician) : server.Browser(Roles.Clinician);
        using HttpResponseMessage response = await client.GetAsync(new Uri(path, UriKind.Relative));
        string body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode < 500, $"{path}: {response.StatusCode}");
        Assert.DoesNotContain("root:x:0:0", body, StringComparison.Ordinal);
        Assert.DoesNotContain("SQLite format", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"ConnectionStrings\"", body, StringComparison.Ordinal);
        Assert.False(body.StartsWith("MZ", StringComparison.Ordinal), $"{path} served a binary");
    }

    [Theory]
    [InlineData("../../etc/passwd")] // slashes
    [InlineData("..\\..\\windows\\win.ini")] // backslashes
    [InlineData("%2e%2e%2fescape")] // percent signs
    [InlineData("/absolute")] // a rooted name
    public async Task Create_TraversingPatientId_IsRefusedAndStoresNothing(string id)
    {
        JsonObject patient = CaseSeriesData.Json(2);
        patient["id"] = id;
        using HttpResponseMessage created = await server.Bearer(Roles.Clinician).PostAsync(new Uri("/api/patients/", UriKind.Relative), ApiCalls.Json(patient));
        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        using HttpResponseMessage list = await server.Bearer(Roles.Clinician).GetAsync(new Uri("/api/patients/?search=passwd&limit=200", UriKind.Relative));
        Assert.DoesNotContain(id, await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddEvent_TraversingEventId_IsRefused()
    {
        using HttpResponseMessage read = await server.Bearer(Roles.Clinician).GetAsync(new Uri($"/api/patients/{SecurityServer.TargetId}", UriKind.Relative));
        using HttpResponseMessage added = await ApiCalls.PostEventAsync(server.Bearer(Roles.Clinician), SecurityServer.TargetId,
            ApiCalls.Trough("../../escape", "2017-12-22", 6.0), read.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.BadRequest, added.StatusCode);
    }
}
