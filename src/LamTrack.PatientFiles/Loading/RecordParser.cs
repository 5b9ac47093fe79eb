using System.Text.Json;
using LamTrack.Domain.Patients;
using LamTrack.PatientFiles.Dto;
using LamTrack.PatientFiles.Reading;

namespace LamTrack.PatientFiles.Loading;

/// <summary>Parses one record (a whole <c>.json</c> file or one JSON Lines line) into a valid patient or its problems.</summary>
internal static class RecordParser
{
    public static (Patient? Patient, IReadOnlyList<PatientFileIssue> Issues) Parse(string json, string file, long? line) =>
        Read(Deserialize(json, file, line), file, line);

    public static (Patient? Patient, IReadOnlyList<PatientFileIssue> Issues) Parse(ReadOnlySpan<byte> utf8Json, string file, long? line) =>
        Read(Deserialize(utf8Json, file, line), file, line);

    /// <summary>Parses and, when valid, projects the patient at once, so that the patient itself need not outlive this call.</summary>
    public static RecordOutcome<T> Outcome<T>(ReadOnlySpan<byte> utf8Json, string file, long? line, Func<Patient, T> project)
    {
        (PatientDto? dto, PatientFileIssue? malformed) = Deserialize(utf8Json, file, line);
        return Outcome(dto, malformed, file, line, project);
    }

    public static RecordOutcome<T> Outcome<T>(string json, string file, long? line, Func<Patient, T> project)
    {
        (PatientDto? dto, PatientFileIssue? malformed) = Deserialize(json, file, line);
        return Outcome(dto, malformed, file, line, project);
    }

    private static RecordOutcome<T> Outcome<T>(PatientDto? dto, PatientFileIssue? malformed, string file, long? line, Func<Patient, T> project)
    {
        if (malformed is not null)
        {
            return RecordOutcome<T>.Failed(malformed);
        }

        (Patient? patient, IReadOnlyList<PatientFileIssue> issues) = PatientReader.Read(dto!, file, line);
        var label = new RecordLabel(file, line, dto!.Id ?? "(no id)");
        return patient is null ? RecordOutcome<T>.Failed(issues, label) : new RecordOutcome<T>(patient.Id, project(patient), [], label);
    }

    private static (Patient?, IReadOnlyList<PatientFileIssue>) Read((PatientDto? Dto, PatientFileIssue? Malformed) parsed, string file, long? line) =>
        parsed.Malformed is not null ? (null, [parsed.Malformed]) : PatientReader.Read(parsed.Dto!, file, line);

    private static (PatientDto?, PatientFileIssue?) Deserialize(string json, string file, long? line)
    {
        try
        {
            return Checked(JsonSerializer.Deserialize<PatientDto>(json, PatientJson.Options), file, line);
        }
        catch (JsonException ex)
        {
            return (null, Malformed(ex, file, line));
        }
    }

    private static (PatientDto?, PatientFileIssue?) Deserialize(ReadOnlySpan<byte> utf8Json, string file, long? line)
    {
        if (Utf8PatientReader.TryRead(utf8Json) is { } dto)
        {
            return (dto, null);
        }

        try
        {
            return Checked(JsonSerializer.Deserialize<PatientDto>(utf8Json, PatientJson.Options), file, line);
        }
        catch (JsonException ex)
        {
            return (null, Malformed(ex, file, line));
        }
    }

    private static (PatientDto?, PatientFileIssue?) Checked(PatientDto? dto, string file, long? line) =>
        dto is null ? (null, new PatientFileIssue(PatientFileIssueCodes.MalformedJson, file, line, null, null, "$", "the record is null")) : (dto, null);

    private static PatientFileIssue Malformed(JsonException ex, string file, long? line)
    {
        long? where = line ?? (ex.LineNumber + 1);
        string field = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path;
        return new PatientFileIssue(PatientFileIssueCodes.MalformedJson, file, where, null, null, field, Clean(ex.Message));
    }

    private static string Clean(string message) => message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].Trim();
}
