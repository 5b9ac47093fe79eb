using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using LamTrack.Testing;
using LamTrack.Web.Identity;
using LamTrack.Web.Tests.Support;

namespace LamTrack.Web.Tests.Security;

/// <summary>Script stored through every free-text field of a record shows as text on every page that shows the record,
/// and runs nowhere (OWASP ASVS 5.0, V1.2 Injection Prevention; CWE-79).</summary>
[Collection(SecurityServerGroup.Name)]
public sealed class ScriptInjectionTests(SecurityServer server)
{
    private const string Id = "xss-target";
    private const string Payload = "Qzx<script>alert('qzx')</script><img src=x onerror=alert(2)>\"'><svg onload=alert(3)>";

    // The free-text properties of the patient file format (docs/patient-file-format.md) that a page may show.
    private static readonly HashSet<string> s_freeText =
        ["label", "note", "source", "text", "topic", "citation", "managedAt", "facility", "reason", "description", "stated", "outcome", "work", "exercise", "qualityOfLife"];

    [Fact]
    public async Task Pages_ScriptInEveryFreeTextField_ShowAsTextAndNeverRun()
    {
        await StoreAsync();
        string[] pages =
        [
            "/patients?search=xss", $"/patients/{Id}", $"/patients/{Id}/trough", $"/patients/{Id}/events/new/pneumothorax",
            $"/patients/{Id}/events/c5-tr2/edit", $"/patients/{Id}/events/c5-ptx1/edit", "/cohort",
        ];
        // The dashboard page may show figures up to a minute old while records change; the API makes them current.
        (await server.Browser(Roles.Clinician).GetAsync(new Uri("/api/cohort/table1", UriKind.Relative))).Dispose();
        foreach (string page in pages)
        {
            using HttpResponseMessage response = await server.Browser(Roles.Clinician).GetAsync(new Uri(page, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            IHtmlDocument document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            AssertInert(document, page);
            Assert.True(document.Body!.TextContent.Contains("<script>alert('qzx')</script>", StringComparison.Ordinal), $"{page} does not show the text as written");
        }
    }

    [Fact]
    public async Task CohortDownloads_ScriptInALabel_IsNotMarkupInTheSvg()
    {
        await StoreAsync();
        string html = await server.Browser(Roles.Clinician).GetStringAsync(new Uri("/cohort", UriKind.Relative));
        IHtmlDocument document = new HtmlParser().ParseDocument(html);
        string[] svgs = [.. document.QuerySelectorAll("a[href^='data:image/svg+xml']").Select(a => a.GetAttribute("href")!)];
        Assert.NotEmpty(svgs);
        foreach (string uri in svgs)
        {
            string svg = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(uri[(uri.IndexOf(',', StringComparison.Ordinal) + 1)..]));
            XDocument parsed = XDocument.Parse(svg);
            Assert.DoesNotContain(parsed.Descendants(), e => e.Name.LocalName is "script" or "foreignObject");
            Assert.DoesNotContain(parsed.Descendants().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        }
    }

    private async Task StoreAsync()
    {
        using HttpResponseMessage existing = await server.Bearer(Roles.Clinician).GetAsync(new Uri($"/api/patients/{Id}", UriKind.Relative));
        if (existing.StatusCode == HttpStatusCode.OK)
        {
            return;
        }

        JsonObject patient = CaseSeriesData.Json(5);
        patient["id"] = Id;
        Inject(patient);
        using HttpResponseMessage created = await server.Bearer(Roles.Clinician).PostAsync(new Uri("/api/patients/", UriKind.Relative), ApiCalls.Json(patient));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
    }

    private static void Inject(JsonNode? node)
    {
        if (node is JsonArray array)
        {
            foreach (JsonNode? item in array)
            {
                Inject(item);
            }
        }

        if (node is not JsonObject record)
        {
            return;
        }

        foreach (string name in record.Select(p => p.Key).ToList())
        {
            if (s_freeText.Contains(name) && record[name] is JsonValue value && value.TryGetValue(out string? _))
            {
                record[name] = Payload;
            }
            else
            {
                Inject(record[name]);
            }
        }
    }

    private static void AssertInert(IHtmlDocument document, string page)
    {
        foreach (IElement script in document.QuerySelectorAll("script"))
        {
            string source = script.GetAttribute("src") ?? "";
            Assert.True(source.Length > 0 && !source.Contains(':', StringComparison.Ordinal) && string.IsNullOrWhiteSpace(script.TextContent),
                $"{page} has a script that is not a file of this site: {script.OuterHtml}");
        }

        IElement[] handlers = [.. document.All.Where(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)))];
        Assert.True(handlers.Length == 0, $"{page} has an event handler attribute: {string.Join(" ", handlers.Select(e => e.OuterHtml[..Math.Min(120, e.OuterHtml.Length)]))}");
        Assert.Empty(document.QuerySelectorAll("img[src='x'], svg[onload]"));
    }
}
