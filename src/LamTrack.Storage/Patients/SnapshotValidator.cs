using System.Text.Json;
using LamTrack.Storage.Configurations;
using LamTrack.Storage.Errors;

namespace LamTrack.Storage.Patients;

/// <summary>Checks a snapshot against the limits of the schema before anything is written.</summary>
internal static class SnapshotValidator
{
    private const int KindMaxLength = 64;
    private const int PrecisionMaxLength = 16;

    /// <summary>Throws <see cref="InvalidSnapshotException"/> naming the first broken rule.</summary>
    /// <param name="snapshot">The snapshot to check.</param>
    /// <param name="checkJson">False only for snapshots whose JSON our own writer produced (a trusted path).</param>
    public static void Validate(PatientSnapshot snapshot, bool checkJson = true)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        string id = snapshot.Identifier ?? string.Empty;
        if (IdentifierProblem(id) is { } problem)
        {
            throw new InvalidSnapshotException(id, "Identifier", problem);
        }

        if (checkJson)
        {
            RequireJson(id, "DetailsJson", snapshot.DetailsJson);
        }

        for (int i = 0; i < snapshot.Events.Count; i++)
        {
            ValidateEvent(id, i, snapshot.Events[i], checkJson);
        }
    }

    /// <summary>What is wrong with <paramref name="id"/> as a stored identifier, or null when nothing is.</summary>
    public static string? IdentifierProblem(string id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > PatientRecordConfiguration.IdentifierMaxLength)
        {
            return $"must be 1 to {PatientRecordConfiguration.IdentifierMaxLength} characters, not blank";
        }

        // PostgreSQL text cannot hold NUL, and no control character belongs in an identifier a clinician types.
        return id.Any(char.IsControl) ? "must not contain control characters (such as NUL or a line break)" : null;
    }

    /// <summary>Whether a date can be stored: the ISO text column holds years 0001 to 9999 only.</summary>
    public static bool IsStorableYear(int year) => year is >= 1 and <= 9999;

    private static void ValidateEvent(string id, int index, EventSnapshot e, bool checkJson)
    {
        string at = $"Events[{index}]";
        RequireText(id, $"{at}.Kind", e.Kind, KindMaxLength);
        RequireText(id, $"{at}.DatePrecision", e.DatePrecision, PrecisionMaxLength);
        // Dates are stored as ISO text of fixed width, which holds years 0001 to 9999 only.
        if (!IsStorableYear(e.OccurredOn.Year))
        {
            throw new InvalidSnapshotException(id, $"{at}.OccurredOn", "must lie in the years 0001 to 9999");
        }

        if (e.Provenance is null)
        {
            throw new InvalidSnapshotException(id, $"{at}.Provenance", "is missing");
        }

        if (checkJson)
        {
            RequireJson(id, $"{at}.PayloadJson", e.PayloadJson);
        }
    }

    private static void RequireText(string id, string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > maxLength)
        {
            throw new InvalidSnapshotException(id, field, $"must be 1 to {maxLength} characters, not blank");
        }
    }

    private static void RequireJson(string id, string field, string? json)
    {
        if (json is null)
        {
            throw new InvalidSnapshotException(id, field, "is missing");
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new InvalidSnapshotException(id, field, $"is not valid JSON ({ex.Message})");
        }
    }
}
