using LamTrack.Application.Guidance;
using LamTrack.Domain.Dates;
using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;
using NodaTime;

namespace LamTrack.Web.Components.Pages.Records;

/// <summary>One line of the patient list: what the record says today, read through the domain's own methods.</summary>
public sealed record PatientRow(string Id, string Label)
{
    /// <summary>The current daily dose when a course is active today, or null.</summary>
    public string? CurrentDose { get; init; }

    /// <summary>Whether a sirolimus course is active today.</summary>
    public bool OnSirolimus { get; init; }

    /// <summary>The date of the latest pneumothorax episode, or null.</summary>
    public ClinicalDate? LastEpisode { get; init; }

    /// <summary>Whether an episode lies within the 12 months before today.</summary>
    public bool EpisodeInLastYear { get; init; }

    /// <summary>The latest trough as recorded ("3.9 ng/mL", "> 15 ng/mL") with its date, or null.</summary>
    public string? LastTrough { get; init; }

    /// <summary>The stored version of the record the row was read from.</summary>
    public int Version { get; init; }

    /// <summary>Whether the stored record no longer reads as a valid patient (the row then names only the id).</summary>
    public bool Unreadable { get; init; }

    /// <summary>The number of timeline events.</summary>
    public int EventCount { get; init; }

    /// <summary>What the patient's findings say for the worklist filters, or null when guidance was not evaluated.</summary>
    public WorklistFlags? Flags { get; init; }

    /// <summary>The patient's most severe finding, or null when there is none or guidance was not evaluated.</summary>
    public FindingDocument? MostSevere { get; init; }

    /// <summary>Whether guidance was asked for but the record could not be evaluated.</summary>
    public bool Unadvised { get; init; }

    /// <summary>Reads the row of <paramref name="patient"/> as of <paramref name="today"/>.</summary>
    public static PatientRow Of(Patient patient, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(patient);
        SirolimusCourse? active = patient.SirolimusCourses.LastOrDefault(c => c.IsActiveOn(today));
        PneumothoraxEpisode? lastEpisode = patient.Episodes.LastOrDefault();
        TroughLevel? lastTrough = patient.EventsOf<TroughLevel>().LastOrDefault();
        return new PatientRow(patient.Id, patient.Label ?? patient.Id)
        {
            OnSirolimus = active is not null,
            CurrentDose = active?.DoseOn(today)?.ToString(),
            LastEpisode = lastEpisode?.Date,
            EpisodeInLastYear = lastEpisode is not null && lastEpisode.Date.Latest >= today.PlusYears(-1),
            LastTrough = lastTrough is null ? null : $"{lastTrough.Result} ({lastTrough.Date})",
            EventCount = patient.Events.Count,
        };
    }
}
