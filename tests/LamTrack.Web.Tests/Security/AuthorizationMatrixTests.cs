namespace LamTrack.Web.Tests.Security;

/// <summary>Every endpoint and page, from the application's own endpoint metadata, called as anonymous and as each
/// role, against the table of <c>docs/security.md</c> (OWASP ASVS 5.0, V8 Authorization).</summary>
[Collection(SecurityServerGroup.Name)]
public sealed class AuthorizationMatrixTests(SecurityServer server)
{
    [Fact]
    public async Task Table_EveryEndpointOfTheApplication_HasExactlyOneRow()
    {
        MatrixRun run = await server.MatrixAsync();
        EndpointExpectations table = EndpointExpectations.Load();
        string[] missing = [.. run.Endpoints.Select(e => e.Key).Distinct().Where(k => !table.Keys.Contains(k))];
        string[] stale = [.. table.Keys.Where(k => run.Endpoints.All(e => e.Key != k))];
        Assert.True(missing.Length == 0, "endpoints with no row in docs/security.md:\n" + string.Join("\n", missing) + "\nobserved:\n" + run.ObservedTable());
        Assert.True(stale.Length == 0, "rows of docs/security.md that no endpoint answers to:\n" + string.Join("\n", stale));
    }

    [Fact]
    public async Task Matrix_EveryEndpointAndCaller_AnswersAsTheTableSays()
    {
        MatrixRun run = await server.MatrixAsync();
        EndpointExpectations table = EndpointExpectations.Load();
        var wrong = new List<string>();
        foreach (MatrixCall call in run.Calls.Where(c => table.Keys.Contains(c.Endpoint.Key)))
        {
            string expected = table.Expected(call.Endpoint.Key, SecurityServer.Callers.ToList().IndexOf(call.Caller));
            if (call.Cell != expected)
            {
                wrong.Add($"{call.Endpoint.Method} {call.Path} as {call.Caller}: {call.Cell}, the table says {expected} {call.Excerpt}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong) + "\nobserved:\n" + run.ObservedTable());
        Assert.Equal(run.Endpoints.Count * SecurityServer.Callers.Count, run.Calls.Count);
    }
}
