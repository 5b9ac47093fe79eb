using LamTrack.Domain.Dates;
using LamTrack.Domain.Events;

namespace LamTrack.Domain.Patients;

/// <summary>The record-wide bounds of <see cref="RecordLimits"/>: identifiers, the date range, a non-empty timeline
/// and doses that can be given.</summary>
public static partial class PatientValidator
{
    private static void CheckBounds(Patient patient, ClinicalEvent[] eventsAndDoseChanges, List<DomainIssue> issues)
    {
        if (RecordLimits.IdentifierProblem(patient.Id) is { } idProblem)
        {
            issues.Add(new(DomainIssueCodes.BadIdentifier, patient.Id, null, "id", $"the patient id {idProblem}"));
        }

        if (patient.Events.Count == 0)
        {
            string why = patient.FollowUpEnd is null ? string.Empty : $"; a follow-up end ({patient.FollowUpEnd}) needs at least one dated event to start from";
            issues.Add(new(DomainIssueCodes.NoEvents, patient.Id, null, "events", "the record has no events" + why));
        }

        CheckDate(patient, null, "followUpEnd", patient.FollowUpEnd, issues);
        CheckDate(patient, null, "age.asOf", patient.Age?.AsOf, issues);
        CheckEvents(patient, eventsAndDoseChanges, issues);
    }

    // Events unsorted first: sorting the timeline for every record cost more than all the checks. Only a record with a
    // problem is checked again in date order, so that its problems are listed in that order.
    private static void CheckEvents(Patient patient, ClinicalEvent[] eventsAndDoseChanges, List<DomainIssue> issues)
    {
        int before = issues.Count;
        foreach (ClinicalEvent e in eventsAndDoseChanges)
        {
            CheckEvent(patient, e, issues);
        }

        if (issues.Count > before)
        {
            issues.RemoveRange(before, issues.Count - before);
            foreach (ClinicalEvent e in patient.AllEvents)
            {
                CheckEvent(patient, e, issues);
            }
        }
    }

    private static void CheckEvent(Patient patient, ClinicalEvent e, List<DomainIssue> issues)
    {
        if (RecordLimits.IdentifierProblem(e.Id) is { } idProblem)
        {
            issues.Add(new(DomainIssueCodes.BadIdentifier, patient.Id, e.Id, "id", $"the event id {idProblem}"));
        }

        CheckDate(patient, e.Id, "date", e.Date, issues);
        (string field, ClinicalDate? end) = EndOf(e);
        CheckDate(patient, e.Id, field, end, issues);
        CheckDose(patient, e, issues);
    }

    private static void CheckDate(Patient patient, string? eventId, string field, ClinicalDate? date, List<DomainIssue> issues)
    {
        // The bounds are whole years (RecordLimits), so comparing years is the same test as comparing days, and cheaper:
        // it runs for every date of every record read.
        if (date is not null && (date.Earliest.Year < RecordLimits.EarliestYear || date.Latest.Year > RecordLimits.LatestYear))
        {
            issues.Add(new(DomainIssueCodes.DateOutOfRange, patient.Id, eventId, field,
                $"{date} is outside the supported dates {RecordLimits.EarliestDate:uuuu-MM-dd} to {RecordLimits.LatestDate:uuuu-MM-dd}"));
        }
    }

    // A zero dose is not a dose: it makes dosing fit what is effectively the prior. A pause is a stop and a new course.
    private static void CheckDose(Patient patient, ClinicalEvent e, List<DomainIssue> issues)
    {
        (string field, double? mgPerDay) = e switch
        {
            SirolimusCourse c => ("dose", c.StartingDose?.ToMilligramsPerDay()),
            DoseChange d => ("dose", d.NewDose.ToMilligramsPerDay()),
            _ => ("", null),
        };
        if (mgPerDay is <= 0)
        {
            issues.Add(new(DomainIssueCodes.ZeroDose, patient.Id, e.Id, field,
                "a sirolimus dose of 0 mg/day is not a dose; record a pause as the course's stop and a restart as a new course"));
        }
    }
}
