namespace LamTrack.Web.Hosting;

/// <summary>What the pages need to know about how the server was started.</summary>
/// <param name="Store">The database in use.</param>
public sealed record WebSettings(StoreConnection Store)
{
    /// <summary>The address the server listens on when none is given.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>True when the patients shown are the published cases seeded as demo data.</summary>
    public bool IsDemo => Store.IsDemo;
}
