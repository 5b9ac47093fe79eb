using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;

namespace LamTrack.Application.Records;

/// <summary>A patient with another timeline and everything else kept as it was.</summary>
internal static class PatientRevision
{
    /// <summary>A copy of <paramref name="patient"/> whose timeline is <paramref name="events"/>.</summary>
    public static Patient WithEvents(Patient patient, IEnumerable<ClinicalEvent> events) =>
        new(patient.Id, patient.Document, events)
        {
            Label = patient.Label,
            Sex = patient.Sex,
            Smoking = patient.Smoking,
            Age = patient.Age,
            FollowUpEnd = patient.FollowUpEnd,
            DateConvention = patient.DateConvention,
            Notes = patient.Notes,
        };
}
