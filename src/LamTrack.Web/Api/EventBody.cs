using System.Text.Json.Nodes;
using LamTrack.Application.Problems;
using LamTrack.Application.Records;
using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;
using LamTrack.PatientFiles;

namespace LamTrack.Web.Api;

/// <summary>Reads one event in the patient-file JSON shape with the file reader's own rules.</summary>
/// <remarks>
/// The event is read as the next entry of the stored patient's file, so every rule of the reader applies exactly as
/// it does to a file (dates, units, references to other events); its issues are placed by a JSON pointer into the
/// request body.
/// </remarks>
public static class EventBody
{
    /// <summary>The name a body takes in problem locations.</summary>
    public const string Origin = "request body";

    /// <summary>The event, or the problems that refuse it.</summary>
    public static (ClinicalEvent? Event, IReadOnlyList<Problem> Problems) Read(Patient stored, JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(body);
        JsonObject file = JsonNode.Parse(PatientFileWriter.ToJson(stored))!.AsObject();
        JsonArray events = file["events"] as JsonArray ?? [];
        file["events"] = events;
        string prefix = $"events[{events.Count}]";
        events.Add(body.DeepClone());
        (Patient? parsed, IReadOnlyList<PatientFileIssue> issues) = PatientFileWriter.Parse(file.ToJsonString(), Origin);
        if (issues.Count > 0 || parsed is null)
        {
            return (null, [.. issues.Select(issue => Place(issue, prefix))]);
        }

        string? id = (body["id"] as JsonValue)?.TryGetValue(out string? text) == true ? text : null;
        ClinicalEvent? added = parsed.Events.LastOrDefault(e => e.Id == id);
        return added is null
            ? (null, [Problem.Error(WebProblemCodes.WrongShape, "the event has no id", ProblemLocation.OfPointer("/id"))])
            : (added, []);
    }

    private static Problem Place(PatientFileIssue issue, string prefix)
    {
        Problem problem = PatientFileProblems.From(issue);
        string pointer = issue.Field.StartsWith(prefix, StringComparison.Ordinal)
            ? JsonBody.ToPointer(issue.Field[prefix.Length..])
            : string.Empty;
        return problem with { Location = (problem.Location ?? ProblemLocation.OfPointer(pointer)) with { JsonPointer = pointer, File = Origin, Line = null } };
    }
}
