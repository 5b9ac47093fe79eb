using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace LamTrack.Web.Tests.Security;

/// <summary>
/// Everything one caller can reach from a set of addresses: each page's links, images, stylesheets and scripts, every
/// redirect, and every <c>data:</c> download a page carries, fetched or decoded once each, with the text received.
/// </summary>
public sealed class Crawl
{
    private const int MaximumFetches = 400;
    private readonly SecurityServer _server;
    private readonly string _caller;
    private readonly Queue<string> _queue = new();
    private readonly Dictionary<string, int> _statuses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    private Crawl(SecurityServer server, string caller)
    {
        _server = server;
        _caller = caller;
    }

    /// <summary>The status of each address fetched.</summary>
    public IReadOnlyDictionary<string, int> Statuses => _statuses;

    /// <summary>The text of each response with a text body, and of each decoded <c>data:</c> address, by address.</summary>
    public IReadOnlyDictionary<string, string> Texts => _texts;

    /// <summary>Crawls from <paramref name="seeds"/> as <paramref name="caller"/>: the API with the bearer token, the rest with the cookie.</summary>
    public static async Task<Crawl> RunAsync(SecurityServer server, string caller, IEnumerable<string> seeds)
    {
        var crawl = new Crawl(server, caller);
        foreach (string seed in seeds)
        {
            crawl._queue.Enqueue(seed);
        }

        while (crawl._queue.TryDequeue(out string? next))
        {
            if (!crawl._statuses.ContainsKey(next))
            {
                Assert.True(crawl._statuses.Count < MaximumFetches, $"the crawl reached {MaximumFetches} addresses; is a page linking to itself without end?");
                await crawl.FetchAsync(next);
            }
        }

        return crawl;
    }

    private async Task FetchAsync(string path)
    {
        HttpClient client = path.StartsWith("/api", StringComparison.Ordinal) ? _server.Bearer(_caller) : _server.Browser(_caller);
        using HttpResponseMessage response = await client.GetAsync(new Uri(path, UriKind.Relative));
        _statuses[path] = (int)response.StatusCode;
        if (response.Headers.Location is { } location)
        {
            Follow(location.OriginalString);
        }

        string media = response.Content.Headers.ContentType?.MediaType ?? "";
        if (response.StatusCode != HttpStatusCode.OK || !IsText(media))
        {
            return;
        }

        string text = await response.Content.ReadAsStringAsync();
        _texts[path] = text;
        if (media == "text/html")
        {
            Links(text);
        }
    }

    private void Links(string html)
    {
        IHtmlDocument document = new HtmlParser().ParseDocument(html);
        foreach (string address in document.QuerySelectorAll("a[href], link[href], img[src], script[src], form[method=get][action], iframe[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("action") ?? ""))
        {
            Follow(address);
        }
    }

    private void Follow(string address)
    {
        if (address.StartsWith("data:", StringComparison.Ordinal))
        {
            DecodeDataUri(address);
            return;
        }

        if (!Uri.TryCreate(_server.Address, address, out Uri? target) || target.Authority != _server.Address.Authority)
        {
            return;
        }

        _queue.Enqueue(target.PathAndQuery);
    }

    private void DecodeDataUri(string address)
    {
        int comma = address.IndexOf(',', StringComparison.Ordinal);
        string header = address[5..comma];
        string media = header.Split(';')[0];
        if (!IsText(media) || !header.EndsWith(";base64", StringComparison.Ordinal))
        {
            return;
        }

        _texts[$"data:{media} #{_texts.Count}"] = Encoding.UTF8.GetString(Convert.FromBase64String(address[(comma + 1)..]));
    }

    private static bool IsText(string media) =>
        media.StartsWith("text/", StringComparison.Ordinal) || media.EndsWith("json", StringComparison.Ordinal)
        || media.EndsWith("+xml", StringComparison.Ordinal) || media.EndsWith("ndjson", StringComparison.Ordinal) || media.EndsWith("javascript", StringComparison.Ordinal);
}
