using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace LamTrack.Web.Tests.Security;

/// <summary>A form of a rendered page, as a browser would post it: where to, and its fields with their values.</summary>
/// <param name="Action">The path the form posts to (the page's own path when the form names none).</param>
/// <param name="Fields">The named fields and their values, hidden ones (the antiforgery token, Blazor's handler) included.</param>
public sealed record PageForm(string Action, IReadOnlyDictionary<string, string> Fields)
{
    /// <summary>The name of the antiforgery token's field (ASP.NET Core's default).</summary>
    public const string TokenField = "__RequestVerificationToken";

    /// <summary>Every form with <c>method="post"</c> in <paramref name="html"/>, the page at <paramref name="pagePath"/> (with its query, where a
    /// form without an action posts).</summary>
    public static IReadOnlyList<PageForm> PostFormsOf(string html, string pagePath)
    {
        IHtmlDocument document = new HtmlParser().ParseDocument(html);
        return [.. document.QuerySelectorAll("form").OfType<IHtmlFormElement>()
            .Where(f => string.Equals(f.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase))
            .Select(f => new PageForm(ActionOf(f, pagePath), FieldsOf(f)))];
    }

    /// <summary>The first post form of the page at <paramref name="path"/> as <paramref name="client"/> receives it.</summary>
    public static async Task<PageForm> ReadAsync(HttpClient client, string path)
    {
        string html = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        return PostFormsOf(html, path)[0];
    }

    /// <summary>Posts the form with <paramref name="values"/> over its fields, leaving out the fields named in <paramref name="omit"/>.</summary>
    public async Task<HttpResponseMessage> PostAsync(HttpClient client, IReadOnlyDictionary<string, string> values, params string[] omit)
    {
        Dictionary<string, string> body = new(Fields, StringComparer.Ordinal);
        foreach ((string name, string value) in values)
        {
            body[name] = value;
        }

        foreach (string name in omit)
        {
            body.Remove(name);
        }

        using var content = new FormUrlEncodedContent(body);
        return await client.PostAsync(new Uri(Action, UriKind.Relative), content);
    }

    private static string ActionOf(IElement form, string pagePath)
    {
        string? action = form.GetAttribute("action");
        return string.IsNullOrEmpty(action) ? pagePath : "/" + action.TrimStart('/');
    }

    private static Dictionary<string, string> FieldsOf(IHtmlFormElement form) =>
        form.QuerySelectorAll("input[name]").GroupBy(i => i.GetAttribute("name")!)
            .ToDictionary(g => g.Key, g => g.First().GetAttribute("value") ?? "", StringComparer.Ordinal);
}
