using LamTrack.Domain.Patients;

namespace LamTrack.Web.Components.Pages.Dosing;

/// <summary>New event ids for what the trough workspace records: a stem, made unique within the patient.</summary>
/// <remarks>Ids follow the record's id grammar (letters, digits, '-' and '.'); the stems used here are short enough
/// that a numeric suffix keeps them within its 64 characters.</remarks>
public static class EventIds
{
    /// <summary><paramref name="stem"/>, or <paramref name="stem"/>-2, -3 … the first that no event of <paramref name="patient"/> has.</summary>
    public static string Unused(Patient patient, string stem)
    {
        ArgumentNullException.ThrowIfNull(patient);
        HashSet<string> taken = [.. patient.AllEvents.Select(e => e.Id)];
        string id = stem;
        for (int n = 2; taken.Contains(id); n++)
        {
            id = $"{stem}-{n}";
        }

        return id;
    }
}
