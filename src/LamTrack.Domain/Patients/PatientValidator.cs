using LamTrack.Domain.Dates;
using LamTrack.Domain.Events;

namespace LamTrack.Domain.Patients;

/// <summary>Checks the consistency of a patient's timeline and returns every problem found.</summary>
/// <remarks>
/// Imprecise dates are compared as intervals: an end is "before" its start only when it is certainly so
/// (<see cref="ClinicalDate.IsCertainlyBefore"/>), so that a month-precise resolution in the onset's month passes.
/// </remarks>
public static partial class PatientValidator
{
    /// <summary>All consistency problems of <paramref name="patient"/>; empty when the record is consistent.</summary>
    public static IReadOnlyList<DomainIssue> Validate(Patient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var issues = new List<DomainIssue>();
        // Collected once and walked by index: whole by the record-wide bounds and the repeated ids, and its first
        // Events.Count entries (the timeline, in order; the dose changes follow) by the end and follow-up checks.
        ClinicalEvent[] eventsAndDoseChanges = patient.EventsAndDoseChangesArray();
        CheckBounds(patient, eventsAndDoseChanges, issues);
        CheckDuplicateIds(patient, eventsAndDoseChanges, issues);
        int eventCount = patient.Events.Count;
        for (int i = 0; i < eventCount; i++)
        {
            CheckEnds(patient.Id, eventsAndDoseChanges[i], issues);
            CheckFollowUp(patient, eventsAndDoseChanges[i], issues);
        }

        CheckCourses(patient, issues);
        return issues;
    }

    private static void CheckDuplicateIds(Patient patient, ClinicalEvent[] eventsAndDoseChanges, List<DomainIssue> issues)
    {
        // Ids are almost always unique: one pass over a set proves it without sorting and grouping every event.
        if (AllIdsUnique(eventsAndDoseChanges))
        {
            return;
        }

        foreach (var group in patient.AllEvents.GroupBy(e => e.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            issues.Add(new(DomainIssueCodes.DuplicateEventId, patient.Id, group.Key, "id", $"{group.Count()} events share the id '{group.Key}'"));
        }
    }

    private static bool AllIdsUnique(ClinicalEvent[] eventsAndDoseChanges)
    {
        var seen = new HashSet<string>(eventsAndDoseChanges.Length, StringComparer.Ordinal);
        foreach (ClinicalEvent e in eventsAndDoseChanges)
        {
            if (!seen.Add(e.Id))
            {
                return false;
            }
        }

        return true;
    }

    private static void CheckEnds(string patientId, ClinicalEvent e, List<DomainIssue> issues)
    {
        (string Field, ClinicalDate? End) = EndOf(e);
        if (End is not null && End.IsCertainlyBefore(e.Date))
        {
            issues.Add(new(DomainIssueCodes.EndBeforeStart, patientId, e.Id, Field, $"{Field} {End} is before the start {e.Date}"));
        }

        if (e is PneumothoraxEpisode episode)
        {
            CheckCompressionSides(patientId, episode, issues);
        }

        if (e is TroughSummary s && s.Low > s.High)
        {
            issues.Add(new(DomainIssueCodes.RangeInverted, patientId, e.Id, "low", $"low {s.Low} is above high {s.High}"));
        }
    }

    /// <summary>The field name and date of an event's end (resolution, stop, discharge), when it has one.</summary>
    private static (string Field, ClinicalDate? End) EndOf(ClinicalEvent e) =>
        e switch
        {
            PneumothoraxEpisode p => ("resolution", p.Resolution),
            SirolimusCourse c => ("stop", c.Stop),
            CoMedication m => ("stop", m.Stop),
            AdverseEvent a => ("resolution", a.Resolution),
            Condition c => ("resolution", c.Resolution),
            HospitalStay h => ("discharge", h.Discharge),
            Pregnancy p => ("end", p.End),
            Intervention i => ("end", i.End),
            _ => ("", null),
        };

    private static void CheckCompressionSides(string patientId, PneumothoraxEpisode e, List<DomainIssue> issues)
    {
        bool sideKnown = e.Side != PneumothoraxSide.Unspecified;
        if (sideKnown && e.LeftCompression is not null && !e.InvolvesLeft)
        {
            issues.Add(new(DomainIssueCodes.CompressionForUninvolvedSide, patientId, e.Id, "compression.left", $"a left compression is given for a {e.Side} pneumothorax"));
        }

        if (sideKnown && e.RightCompression is not null && !e.InvolvesRight)
        {
            issues.Add(new(DomainIssueCodes.CompressionForUninvolvedSide, patientId, e.Id, "compression.right", $"a right compression is given for a {e.Side} pneumothorax"));
        }
    }

    private static void CheckFollowUp(Patient patient, ClinicalEvent e, List<DomainIssue> issues)
    {
        if (patient.FollowUpEnd is { } end && end.IsCertainlyBefore(e.Date))
        {
            issues.Add(new(DomainIssueCodes.AfterFollowUp, patient.Id, e.Id, "date", $"{e.Date} is after the end of follow-up {end}"));
        }
    }

    private static void CheckCourses(Patient patient, List<DomainIssue> issues)
    {
        SirolimusCourse? previous = null;
        foreach (SirolimusCourse course in patient.SirolimusCourses)
        {
            foreach (DoseChange change in course.DoseChanges)
            {
                bool beforeStart = change.Date.IsCertainlyBefore(course.Date);
                bool afterStop = course.Stop is not null && course.Stop.IsCertainlyBefore(change.Date);
                if (beforeStart || afterStop)
                {
                    string where = beforeStart ? $"before the course started ({course.Date})" : $"after the course stopped ({course.Stop})";
                    issues.Add(new(DomainIssueCodes.DoseChangeOutsideCourse, patient.Id, change.Id, "date", $"dose change on {change.Date} is {where}"));
                }
            }

            if (previous is not null && (previous.Stop is null || course.Date.IsCertainlyBefore(previous.Stop)))
            {
                issues.Add(new(DomainIssueCodes.OverlappingCourses, patient.Id, course.Id, "date", $"course starts {course.Date} while course {previous.Id} is still running"));
            }

            previous = course;
        }
    }
}
