namespace LamTrack.Fhir.Mapping;

/// <summary>Enum values as the lower-camel-case words the patient files use (<c>minimalActivity</c>), and back.</summary>
internal static class EnumWords
{
    public static string ToWord<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        string name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    public static bool TryParse<TEnum>(string? word, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        return word is not null && !int.TryParse(word, out _) && Enum.TryParse(word, ignoreCase: true, out value) && Enum.IsDefined(value);
    }
}
