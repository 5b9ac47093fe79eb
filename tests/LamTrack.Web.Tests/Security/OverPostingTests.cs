using System.Net;
using System.Text.Json.Nodes;
using LamTrack.Testing;
using LamTrack.Web.Identity;
using LamTrack.Web.Tests.Support;

namespace LamTrack.Web.Tests.Security;

/// <summary>Extra JSON fields that name an owner, an author, a version or another patient are refused and change nothing:
/// the patient-file reader disallows members the format does not define (OWASP ASVS 5.0, V15.3 Defensive Coding,
/// mass assignment; CWE-915).</summary>
[Collection(SecurityServerGroup.Name)]
public sealed class OverPostingTests(SecurityServer server)
{
    [Fact]
    public async Task Create_OwnerAndVersionFields_AreRefusedAndStoreNothing()
    {
        JsonObject patient = CaseSeriesData.Json(3);
        patient["id"] = "overposted-patient";
        patient["version"] = 42;
        patient["owner"] = "admin@test.example";
        patient["createdBy"] = "admin@test.example";
        patient["actor"] = "someone-else";
        using HttpResponseMessage created = await server.Bearer(Roles.Clinician).PostAsync(new Uri("/api/patients/", UriKind.Relative), ApiCalls.Json(patient));
        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        using HttpResponseMessage read = await server.Bearer(Roles.Clinician).GetAsync(new Uri("/api/patients/overposted-patient", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    [Fact]
    public async Task AddEvent_OtherPatientAndVersionFields_AreRefusedAndChangeNoRecord()
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
        Assert.Equal(HttpStatusCode.BadRequest, added.StatusCode);
        Assert.Equal(before, await ETagAsync(SecurityServer.TargetId));
        Assert.Equal(otherBefore, await ETagAsync(other));
        // The same trough without the extra fields is stored: they, not the trough, were refused.
        using HttpResponseMessage plain = await ApiCalls.PostEventAsync(server.Bearer(Roles.Pharmacist), SecurityServer.TargetId,
            ApiCalls.Trough("overposted-trough", "2017-12-20", 7.1), before);
        Assert.Equal(HttpStatusCode.Created, plain.StatusCode);
    }

    [Fact]
    public async Task AddEvent_StaleIfMatchWithCurrentVersionInTheBody_IsRefusedAndChangesNothing()
    {
        string stale = await ETagAsync(SecurityServer.TargetId);
        using HttpResponseMessage first = await ApiCalls.PostEventAsync(server.Bearer(Roles.Clinician), SecurityServer.TargetId,
            ApiCalls.Trough("overposted-first", "2017-12-21", 7.3), stale);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        string current = first.Headers.ETag!.Tag;
        JsonObject trough = ApiCalls.Trough("overposted-stale", "2017-12-22", 7.4);
        using HttpResponseMessage refused = await ApiCalls.PostEventAsync(server.Bearer(Roles.Clinician), SecurityServer.TargetId, trough, stale);
        Assert.Equal(HttpStatusCode.PreconditionFailed, refused.StatusCode);
        trough["version"] = Version(current);
        using HttpResponseMessage overposted = await ApiCalls.PostEventAsync(server.Bearer(Roles.Clinician), SecurityServer.TargetId, trough, stale);
        Assert.Equal(HttpStatusCode.BadRequest, overposted.StatusCode);
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
