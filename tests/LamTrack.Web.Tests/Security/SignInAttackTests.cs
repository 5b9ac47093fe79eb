using System.Net;
using LamTrack.Web.Identity;
using LamTrack.Web.Tests.Support;

namespace LamTrack.Web.Tests.Security;

/// <summary>The sign-in form against open redirects (OWASP ASVS 5.0, V3.7; CWE-601) and password guessing
/// (V6.3, lockout after five failures).</summary>
[Collection(SecurityServerGroup.Name)]
public sealed class SignInAttackTests(SecurityServer server)
{
    [Theory]
    [InlineData("https://evil.example/")] // absolute
    [InlineData("//evil.example/")] // scheme-relative
    [InlineData("/\\evil.example/")] // a backslash browsers read as a slash
    [InlineData("\\\\evil.example/")] // two backslashes
    [InlineData("/\t/evil.example/")] // a tab browsers remove (WHATWG URL standard, basic URL parser)
    [InlineData("/\n/evil.example/")] // a line feed browsers remove
    [InlineData(" //evil.example/")] // leading space, trimmed by browsers
    [InlineData("https:evil.example")] // scheme without slashes
    [InlineData("javascript:alert(1)")] // script
    [InlineData("http://127.0.0.1.evil.example/")] // a host that starts like loopback
    public async Task SignIn_ForeignReturnUrl_RedirectsOnSite(string returnUrl)
    {
        string email = await server.DisposableAccountAsync(Roles.Researcher, "redirect@test.example");
        using HttpClient browser = server.NewClient();
        PageForm form = await PageForm.ReadAsync(browser, "/account/login?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        using HttpResponseMessage response = await form.PostAsync(browser, Credentials(email, WebHostFixture.Password));
        AssertRedirectsOnSite(response);
    }

    [Fact]
    public async Task SignIn_LocalReturnUrl_RedirectsThere()
    {
        string email = await server.DisposableAccountAsync(Roles.Researcher, "redirect@test.example");
        using HttpClient browser = server.NewClient();
        PageForm form = await PageForm.ReadAsync(browser, "/account/login?ReturnUrl=" + Uri.EscapeDataString("/cohort"));
        using HttpResponseMessage response = await form.PostAsync(browser, Credentials(email, WebHostFixture.Password));
        Assert.Equal(new Uri(server.Address, "/cohort"), new Uri(server.Address, response.Headers.Location!));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\t/evil.example/")]
    public async Task SignOut_ForeignReturnUrl_RedirectsOnSite(string returnUrl)
    {
        using HttpClient browser = await server.SignedInBrowserAsync(await server.DisposableAccountAsync(Roles.Researcher, "redirect@test.example"));
        PageForm logout = await PageForm.ReadAsync(browser, "/account");
        Assert.Equal("/account/logout", logout.Action);
        using HttpResponseMessage response = await logout.PostAsync(browser, new Dictionary<string, string> { ["returnUrl"] = returnUrl });
        AssertRedirectsOnSite(response);
    }

    [Fact]
    public async Task SignInForm_FiveWrongPasswords_LocksTheAccountEvenForTheRightOne()
    {
        string email = await server.DisposableAccountAsync(Roles.Clinician, "guessed@test.example");
        using HttpClient browser = server.NewClient();
        for (int attempt = 0; attempt < 5; attempt++)
        {
            PageForm form = await PageForm.ReadAsync(browser, "/account/login");
            using HttpResponseMessage wrong = await form.PostAsync(browser, Credentials(email, $"guess-number-{attempt}"));
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        PageForm last = await PageForm.ReadAsync(browser, "/account/login");
        using HttpResponseMessage right = await last.PostAsync(browser, Credentials(email, WebHostFixture.Password));
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("locked", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(right.Headers.TryGetValues("Set-Cookie", out IEnumerable<string>? cookies) && cookies.Any(c => c.StartsWith("LamTrack.Auth=", StringComparison.Ordinal)));
        using HttpClient anonymous = server.NewClient();
        using HttpResponseMessage api = await anonymous.PostAsync(new Uri("/api/auth/login", UriKind.Relative),
            ApiCalls.Json(new System.Text.Json.Nodes.JsonObject { ["email"] = email, ["password"] = WebHostFixture.Password }));
        Assert.Contains("WEB-AUTH-002", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Credentials(string email, string password) =>
        new() { ["Input.Email"] = email, ["Input.Password"] = password };

    // A browser removes tabs and line breaks from a URL, trims spaces and reads a backslash as a slash before resolving it.
    private void AssertRedirectsOnSite(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        string location = response.Headers.Location!.OriginalString;
        string cleaned = new string([.. location.Where(c => c is not ('\t' or '\n' or '\r'))]).Trim().Replace('\\', '/');
        bool onSite = Uri.TryCreate(server.Address, cleaned, out Uri? target) && target.Authority == server.Address.Authority && target.Scheme == server.Address.Scheme;
        Assert.True(onSite, $"redirected to '{location}'");
    }
}
