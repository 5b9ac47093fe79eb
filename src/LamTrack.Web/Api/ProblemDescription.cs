namespace LamTrack.Web.Api;

/// <summary>One problem in a problem-details body.</summary>
/// <param name="Code">The stable code (<c>PF-…</c>, <c>DOM-…</c>, <c>STORE-…</c>, <c>APP-…</c>, <c>WEB-…</c>).</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Location">Where, when known.</param>
public sealed record ProblemDescription(string Code, string Message, ProblemPlace? Location);
