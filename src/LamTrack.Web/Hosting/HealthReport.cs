namespace LamTrack.Web.Hosting;

/// <summary>The body of a healthy <c>/health</c> answer.</summary>
/// <param name="Status">Always <c>healthy</c>.</param>
public sealed record HealthReport(string Status);
