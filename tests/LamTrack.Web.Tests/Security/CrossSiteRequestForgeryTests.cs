using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using LamTrack.Web.Identity;
using LamTrack.Web.Tests.Support;

namespace LamTrack.Web.Tests.Security;

/// <summary>Every form of the pages refuses a post without its antiforgery token and writes nothing; the sign-in cookie
/// is SameSite=Strict and HttpOnly, so another site's page cannot send it (OWASP ASVS 5.0, V3.5 Browser Origin
/// Separation; RFC 6265bis, section 8.8).</summary>
[Collection(SecurityServerGroup.Name)]
public sealed class CrossSiteRequestForgeryTests(SecurityServer server)
{
    // Each post form the pages render, by action and Blazor form name: a new form fails the first test until it has a case here.
    private static readonly string[] s_knownForms = ["/account/login login", "/account change-password", "/account/logout "];

    [Fact]
    public async Task Pages_EveryPostForm_HasACaseBelow()
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        using HttpClient anonymous = server.NewClient();
        await CollectAsync(found, anonymous, ["/", "/account/login", "/not-found", "/account/denied"]);
        await CollectAsync(found, server.Browser(Roles.Clinician), ["/", "/account", "/patients", "/cohort", "/import-export", $"/patients/{SecurityServer.TargetId}",
            $"/patients/{SecurityServer.TargetId}/trough", $"/patients/{SecurityServer.TargetId}/events/new/pneumothorax", $"/patients/{SecurityServer.TargetId}/events/{server.TargetEventId}/edit"]);
        Assert.Equal(s_knownForms.Order(StringComparer.Ordinal), found);
    }

    [Fact]
    public async Task SignIn_PostWithoutToken_IsRefusedAndSetsNoCookie()
    {
        string email = await server.DisposableAccountAsync(Roles.Clinician, "csrf-login@test.example");
        using HttpClient browser = server.NewClient();
        PageForm form = await PageForm.ReadAsync(browser, "/account/login");
        using HttpResponseMessage response = await form.PostAsync(browser, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = WebHostFixture.Password },
            PageForm.TokenField);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("LamTrack.Auth=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ChangePassword_PostWithoutToken_IsRefusedAndKeepsThePassword()
    {
        string email = await server.DisposableAccountAsync(Roles.Pharmacist, "csrf-password@test.example");
        using HttpClient browser = await server.SignedInBrowserAsync(email);
        PageForm form = await ChangePasswordFormAsync(browser);
        using HttpResponseMessage response = await form.PostAsync(browser, NewPassword(), PageForm.TokenField);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertSignsInAsync(email, WebHostFixture.Password);
    }

    [Fact]
    public async Task ChangePassword_TokenOfAnotherAccount_IsRefusedAndKeepsThePassword()
    {
        string victim = await server.DisposableAccountAsync(Roles.Clinician, "csrf-victim@test.example");
        using HttpClient attacker = await server.SignedInBrowserAsync(await server.DisposableAccountAsync(Roles.Researcher, "csrf-attacker@test.example"));
        using HttpClient browser = await server.SignedInBrowserAsync(victim);
        PageForm attackersForm = await ChangePasswordFormAsync(attacker);
        PageForm victimsForm = await ChangePasswordFormAsync(browser);
        var values = new Dictionary<string, string>(NewPassword()) { [PageForm.TokenField] = attackersForm.Fields[PageForm.TokenField] };
        using HttpResponseMessage response = await victimsForm.PostAsync(browser, values);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertSignsInAsync(victim, WebHostFixture.Password);
    }

    [Fact]
    public async Task ChangePassword_WithItsToken_ChangesThePassword()
    {
        string email = await server.DisposableAccountAsync(Roles.Pharmacist, "csrf-control@test.example");
        using HttpClient browser = await server.SignedInBrowserAsync(email);
        PageForm form = await ChangePasswordFormAsync(browser);
        using HttpResponseMessage response = await form.PostAsync(browser, NewPassword());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertSignsInAsync(email, NewPassword()["Input.New"]);
    }

    [Fact]
    public async Task SignOut_PostWithoutToken_IsRefusedAndKeepsTheSession()
    {
        using HttpClient browser = await server.SignedInBrowserAsync(await server.DisposableAccountAsync(Roles.Clinician, "csrf-logout@test.example"));
        PageForm logout = await PageForm.ReadAsync(browser, "/account");
        using HttpResponseMessage response = await logout.PostAsync(browser, new Dictionary<string, string>(), PageForm.TokenField);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using HttpResponseMessage still = await browser.GetAsync(new Uri("/patients", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
    }

    [Fact]
    public async Task SignInCookie_Issued_IsHttpOnlyAndSameSiteStrict()
    {
        using HttpClient browser = server.NewClient();
        using HttpResponseMessage login = await browser.PostAsync(new Uri("/api/auth/login?useCookies=true", UriKind.Relative),
            ApiCalls.Json(new JsonObject { ["email"] = $"{Roles.Clinician}@test.example", ["password"] = WebHostFixture.Password }));
        string cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("LamTrack.Auth=", StringComparison.Ordinal));
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Api_CookieAndPlainTextBody_IsRefusedAndStoresNothing()
    {
        // What a form on another site could send (a CORS simple request), had the browser attached the cookie.
        JsonObject patient = LamTrack.Testing.CaseSeriesData.Json(4);
        patient["id"] = "csrf-plain-text";
        using var content = new StringContent(patient.ToJsonString(), Encoding.UTF8, "text/plain");
        using HttpResponseMessage response = await server.Browser(Roles.Clinician).PostAsync(new Uri("/api/patients/", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        using HttpResponseMessage stored = await server.Bearer(Roles.Clinician).GetAsync(new Uri("/api/patients/csrf-plain-text", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, stored.StatusCode);
    }

    private static async Task CollectAsync(SortedSet<string> found, HttpClient client, string[] pages)
    {
        foreach (string page in pages)
        {
            using HttpResponseMessage response = await client.GetAsync(new Uri(page, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            foreach (PageForm form in PageForm.PostFormsOf(await response.Content.ReadAsStringAsync(), page))
            {
                found.Add($"{form.Action} {form.Fields.GetValueOrDefault("_handler", "")}");
            }
        }
    }

    private static async Task<PageForm> ChangePasswordFormAsync(HttpClient browser)
    {
        string html = await browser.GetStringAsync(new Uri("/account", UriKind.Relative));
        return Assert.Single(PageForm.PostFormsOf(html, "/account"), f => f.Fields.GetValueOrDefault("_handler") == "change-password");
    }

    private static Dictionary<string, string> NewPassword() =>
        new() { ["Input.Current"] = WebHostFixture.Password, ["Input.New"] = "a-new-and-long-password" };

    private async Task AssertSignsInAsync(string email, string password)
    {
        using HttpClient client = server.NewClient();
        using HttpResponseMessage login = await client.PostAsync(new Uri("/api/auth/login", UriKind.Relative),
            ApiCalls.Json(new JsonObject { ["email"] = email, ["password"] = password }));
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }
}
