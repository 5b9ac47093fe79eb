using System.Text.Json;
using LamTrack.Domain.Patients;
using LamTrack.PatientFiles.Loading;
using LamTrack.PatientFiles.Writing;

namespace LamTrack.PatientFiles;

/// <summary>Writes patients in the patient file format; what it writes, <see cref="PatientFileLoader"/> reads back unchanged.</summary>
public static class PatientFileWriter
{
    /// <summary>One patient as an indented JSON document (a <c>.json</c> file).</summary>
    public static string ToJson(Patient patient) => JsonSerializer.Serialize(DtoBuilder.Build(patient), PatientJson.Options);

    /// <summary>One patient as a single line (a record of a <c>.jsonl</c> file).</summary>
    public static string ToJsonLine(Patient patient) => JsonSerializer.Serialize(DtoBuilder.Build(patient), PatientJson.Compact);

    /// <summary>Writes patients as JSON Lines, one per line.</summary>
    public static void WriteJsonLines(IEnumerable<Patient> patients, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(patients);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (Patient patient in patients)
        {
            writer.WriteLine(ToJsonLine(patient));
        }
    }

    /// <summary>Parses one record written by <see cref="ToJson"/> or <see cref="ToJsonLine"/>.</summary>
    /// <param name="json">The record.</param>
    /// <param name="origin">A name for the record in issues (a file name or "memory").</param>
    public static (Patient? Patient, IReadOnlyList<PatientFileIssue> Issues) Parse(string json, string origin)
    {
        return RecordParser.Parse(json, origin, null);
    }

    /// <summary>Parses one record like <see cref="Parse(string, string)"/>, from its UTF-8 bytes, through the same fast
    /// reader as a JSON Lines file (falling back to the serializer for anything it does not take).</summary>
    /// <param name="utf8Json">The record as UTF-8.</param>
    /// <param name="origin">A name for the record in issues (a file name or "memory").</param>
    public static (Patient? Patient, IReadOnlyList<PatientFileIssue> Issues) Parse(ReadOnlySpan<byte> utf8Json, string origin)
    {
        return RecordParser.Parse(utf8Json, origin, null);
    }
}
