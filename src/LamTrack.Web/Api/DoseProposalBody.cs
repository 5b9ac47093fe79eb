using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;

namespace LamTrack.Web.Api;

/// <summary>The body of <c>POST /api/patients/{id}/dose-proposal</c>.</summary>
/// <param name="Target">The trough window "LOW-HIGH" in ng/mL; null for the label's 5-15.</param>
/// <param name="DecisionDate">The day the new regimen starts (YYYY-MM-DD); null for the day of the last trough.</param>
/// <param name="AssumedAgents">Agents assumed for co-medications whose drugs the record does not name, by therapy.</param>
public sealed record DoseProposalBody(string? Target, LocalDate? DecisionDate, IReadOnlyDictionary<string, string> AssumedAgents)
{
    /// <summary>The body read from JSON, or the problem response naming the field at fault.</summary>
    public static (DoseProposalBody? Body, IResult? Refusal) From(JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        string? target = (json["target"] as JsonValue)?.ToString();
        LocalDate? decision = null;
        if (json["decisionDate"] is JsonValue dateValue)
        {
            ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(dateValue.ToString());
            if (!parsed.Success)
            {
                return (null, ApiProblems.Of(StatusCodes.Status400BadRequest, WebProblemCodes.WrongShape, "Unreadable date",
                    "decisionDate is not a date YYYY-MM-DD.", "/decisionDate"));
            }

            decision = parsed.Value;
        }

        var agents = new Dictionary<string, string>(StringComparer.Ordinal);
        if (json["assumedAgents"] is JsonObject assumed)
        {
            foreach ((string therapy, JsonNode? agent) in assumed)
            {
                agents[therapy] = agent?.ToString() ?? string.Empty;
            }
        }

        return (new DoseProposalBody(target, decision, agents), null);
    }
}
