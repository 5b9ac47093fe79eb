using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace LamTrack.Web.BrowserTests;

/// <summary>Runs axe on a page and fails on any serious or critical violation, naming each with its elements.</summary>
internal static class AccessibilityAssert
{
    private static readonly string[] s_blocking = ["serious", "critical"];

    public static async Task NoSeriousViolationsAsync(IPage page)
    {
        AxeResult result = await page.RunAxe();
        string[] problems =
        [
            .. result.Violations
                .Where(v => s_blocking.Contains(v.Impact, StringComparer.OrdinalIgnoreCase))
                .Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}"),
        ];
        Assert.True(problems.Length == 0, $"axe on {page.Url}:\n" + string.Join("\n", problems));
    }
}
