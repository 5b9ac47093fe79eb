namespace LamTrack.Web.BrowserTests;

/// <summary>All browser tests share one running app and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserSuite : ICollectionFixture<WebAppFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "browser";
}
