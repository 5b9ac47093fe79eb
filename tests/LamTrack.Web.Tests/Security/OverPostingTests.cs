using System.Net;
using System.Text.Json.Nodes;
using LamTrack.Testing;
using LamTrack.Web.Identity;
using LamTrack.Web.Tests.Support;

namespace LamTrack.Web.Tests.Security;

/// <summary>Extra JSON fields that name an owner, an author, a version or another patient change nothing
/// (OWASP ASVS 5.0, V15.3 Defensive Coding, mass assignment; CWE-915).</summary>
[Collection(SecurityServerGroup.Name)]
public sealed class OverPostingTests(SecurityServer server)
{
    [Fact]
    public async Task Create_OwnerAndVersionFields_AreRefusedOrIgnored()
    {
        JsonObject patient = CaseSeriesData.Json(3);
        patient["id"] = "overposted-patient";
        patient["version"] = 42;
        patient["owner"] = "admin@test.example";
        patient["createdBy"] = "admin@test.example";
        patient["actor"] = "someone-else";
        using HttpResponseMessage created = await server.Bearer(Roles.Clinician).PostAsync(new Uri("/api/patients/", UriKind.Relative), ApiCalls.Json(patient));
        using HttpResponseMessage read = await server.Bearer(Roles.Clinician).GetAsync(new Uri("/api/patients/overposted-patient", UriKind.Relative));
        if (created.StatusCode == HttpStatusCode.BadRequest)
        {
            Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
            return;
        }

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"1\"", read.Headers.ETag!.Tag);
        JsonObject stored = JsonNode.Parse(await read.Content.ReadAsStringAsync())!.AsObject();
        Assert.DoesNotContain(stored, p => p.Key is "version" or "owner" or "createdBy" or "actor");
    }

    [Fact]
    public async Task AddEvent_OtherPatientAndVersionFields_ChangeOnlyTheRoutesPatientByOneVersion()
    {
        const string other = "qzv-7316-bravo";
        string before = await ETagAsync(SecurityServer.TargetId);
        string otherBefore = await ETagAsync(other);
        JsonObject trough = ApiCalls.Trough("overposted-trough", "2017-12-20", 7.1);
        trough["patientId"] = other;
        trough["patient"] = other;
        trough["version"] = 1000;
        trough["recordedBy"] = "admin@test.example";
        using HttpResponseMessage added = await ApiCalls.PostEventAsync(server.Bearer(Roles.Pharmacist), SecurityServer.TargetId, trough, before);
        Assert.True(added.StatusCode is HttpStatusCode.Created or HttpStatusCode.BadRequest, await added.Content.ReadAsStringAsync());
        int expected = Version(before) + (added.StatusCode == HttpStatusCode.Created ? 1 : 0);
        Assert.Equal(expected, Version(await ETagAsync(SecurityServer.TargetId)));
        Assert.Equal(otherBefore, await ETagAsync(other));
        string otherRecord = await server.Bearer(Roles.Clinician).GetStringAsync(new Uri($"/api/patients/{other}", UriKind.Relative));
        Assert.DoesNotContain("overposted-trough", otherRecord, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddEvent_StaleIfMatchWithCurrentVersionInTheBody_IsRefusedAndChangesNothing()
    {
        string current = await ETagAsync(SecurityServer.TargetId);
        JsonObject trough = ApiCalls.Trough("overposted-stale", "2017-12-21", 7.3);
        using HttpResponseMessage stale = await ApiCalls.PostEventAsync(server.Bearer(Roles.Clinician), SecurityServer.TargetId, trough, "\"1\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        trough["version"] = Version(current);
        using HttpResponseMessage overposted = await ApiCalls.PostEventAsync(server.Bearer(Roles.Clinician), SecurityServer.TargetId, trough, "\"1\"");
        Assert.True(overposted.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.BadRequest, overposted.StatusCode.ToString());
        Assert.Equal(current, await ETagAsync(SecurityServer.TargetId));
    }

    private async Task<string> ETagAsync(string id)
    {
        using HttpResponseMessage read = await server.Bearer(Roles.Clinician).GetAsync(new Uri($"/api/patients/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        return read.Headers.ETag!.Tag;
    }

    private static int Version(string etag) => int.Parse(etag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture);
}
