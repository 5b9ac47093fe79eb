using LamTrack.Web.Identity;

namespace LamTrack.Web.Tests.Identity;

public sealed class LocalUrlTests
{
    [Theory]
    [InlineData("/cohort")] // a page
    [InlineData("/patients/case-1?tab=events")] // with a query
    [InlineData("/")] // the home page
    public void OrHome_PathOnThisSite_KeepsIt(string url) => Assert.Equal(url, LocalUrl.OrHome(url));

    [Theory]
    [InlineData(null)] // none given
    [InlineData("")] // empty
    [InlineData("https://evil.example/")] // absolute
    [InlineData("//evil.example/")] // scheme-relative
    [InlineData("/\\evil.example/")] // a backslash browsers read as a slash
    [InlineData("/\t/evil.example/")] // a tab browsers remove, leaving //evil.example
    [InlineData("/\r\n/evil.example/")] // line breaks browsers remove (and a header may not hold)
    [InlineData("cohort")] // relative, not rooted
    [InlineData("javascript:alert(1)")] // script
    public void OrHome_AnythingElse_ReturnsHome(string? url) => Assert.Equal("/", LocalUrl.OrHome(url));
}
