namespace LamTrack.PatientFiles;

/// <summary>How enum values are written in patient files: camelCase of the member name ("chestTubeDrainage").</summary>
internal static class FileWords
{
    public static string ToWord(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    public static string ToWord<TEnum>(TEnum value)
        where TEnum : struct, Enum => ToWord(value.ToString());
}
