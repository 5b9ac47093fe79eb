using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LamTrack.Web.Tests.Security;

/// <summary>One endpoint of the application as its routing knows it: a method and a route pattern.</summary>
/// <param name="Method">The HTTP method, or <c>*</c> for an endpoint that takes any.</param>
/// <param name="Route">The route pattern as mapped, or the file's path for a static asset.</param>
/// <param name="StaticAsset">Whether the endpoint serves a file of the static-web-assets manifest; all of them share one row.</param>
public sealed record MatrixEndpoint(string Method, string Route, bool StaticAsset)
{
    /// <summary>The row of <see cref="EndpointExpectations"/> this endpoint answers to.</summary>
    public string Key => StaticAsset ? $"{Method} (static asset)" : $"{Method} {Route}";

    /// <summary>Every endpoint of the running application, once per method, from its <see cref="EndpointDataSource"/>.</summary>
    public static IReadOnlyList<MatrixEndpoint> All(IServiceProvider services)
    {
        var endpoints = new SortedSet<MatrixEndpoint>(Comparer<MatrixEndpoint>.Create((a, b) => string.CompareOrdinal($"{a.Key} {a.Route}", $"{b.Key} {b.Route}")));
        foreach (RouteEndpoint endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            bool asset = endpoint.Metadata.Any(m => m.GetType().Name.StartsWith("StaticAsset", StringComparison.Ordinal));
            IReadOnlyList<string> methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"];
            foreach (string method in methods)
            {
                endpoints.Add(new MatrixEndpoint(method, endpoint.RoutePattern.RawText ?? "", asset));
            }
        }

        return [.. endpoints];
    }
}
