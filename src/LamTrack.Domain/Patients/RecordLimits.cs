using NodaTime;

namespace LamTrack.Domain.Patients;

/// <summary>The bounds every stored or exchanged patient record keeps, checked by <see cref="PatientValidator"/> so that
/// whatever <c>validate</c> accepts, every later command (analysis, reports, FHIR export and import, the store) handles.</summary>
/// <remarks>
/// <para>Dates: calendar days from 1900-01-01 to 2200-12-31. LAM was first described in 1918 and sirolimus was
/// approved for it in 2015, so no clinical date of a living registry lies before 1900; 2200 leaves room for planned
/// dates while keeping every day, week and year inside the four-digit years that FHIR's <c>date</c> grammar
/// (R4 §2.24.0.1) and ISO 8601 basic notation allow, and person-time sums far from overflow. A year-0000 or 9999 date
/// is a typing error, and an analysis that started its follow-up there counted two thousand person-years.</para>
/// <para>Identifiers: 1 to 64 characters of A–Z, a–z, 0–9, '-' and '.', the FHIR <c>id</c> grammar
/// (R4 §2.24.0.1, <c>[A-Za-z0-9\-\.]{1,64}</c>). Patient and event ids become FHIR resource ids on export and patient
/// ids become file names on <c>import --data</c>, so '/', '\', NUL, spaces and control characters, which break
/// both, are excluded at the gate. Ids of resources the export derives from an id (a patient's
/// <c>-smoking</c> observation, an episode's <c>-compression-unspecified</c> observation) are shortened by the
/// exporter, not here.</para>
/// </remarks>
public static class RecordLimits
{
    /// <summary>The first year a record's dates may fall in.</summary>
    public const int EarliestYear = 1900;

    /// <summary>The last year a record's dates may fall in.</summary>
    public const int LatestYear = 2200;

    /// <summary>The earliest date a record may hold: 1 January of <see cref="EarliestYear"/>.</summary>
    public static LocalDate EarliestDate { get; } = new(EarliestYear, 1, 1);

    /// <summary>The latest date a record may hold: 31 December of <see cref="LatestYear"/>.</summary>
    public static LocalDate LatestDate { get; } = new(LatestYear, 12, 31);

    /// <summary>The longest identifier, in characters (the FHIR id limit).</summary>
    public const int IdentifierMaxLength = 64;

    /// <summary>Whether <paramref name="id"/> is 1 to <see cref="IdentifierMaxLength"/> characters of the FHIR id grammar.</summary>
    public static bool IsValidIdentifier(string? id) =>
        id is { Length: > 0 and <= IdentifierMaxLength } && id.AsSpan().IndexOfAnyExcept(s_identifierCharacters) < 0;

    /// <summary>Why <paramref name="id"/> is not a valid identifier, in words; null when it is.</summary>
    public static string? IdentifierProblem(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return "an identifier is required";
        }

        if (id.Length > IdentifierMaxLength)
        {
            return $"is {id.Length} characters long; at most {IdentifierMaxLength} are allowed";
        }

        int bad = id.AsSpan().IndexOfAnyExcept(s_identifierCharacters);
        return bad < 0 ? null : $"holds {Describe(id[bad])} at position {bad + 1}; only letters A-Z and a-z, digits, '-' and '.' are allowed";
    }

    private static string Describe(char c) =>
        char.IsControl(c) || char.IsWhiteSpace(c) ? $"the character U+{(int)c:X4}" : $"'{c}'";

    private static readonly System.Buffers.SearchValues<char> s_identifierCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-.");
}
