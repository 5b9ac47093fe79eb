using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;
using LamTrack.Domain.Provenance;

namespace LamTrack.Fhir.Import;

/// <summary>Joins a <see cref="PatientDraft"/> into a LamTrack patient: sources from Provenance, dose changes into their
/// course, lung compressions into their episode; then runs the domain's record rules.</summary>
internal static class PatientAssembler
{
    /// <summary>The document named when a sender gives none (plain FHIR without LamTrack extensions).</summary>
    public static readonly SourceDocument ImportedDocument = new("fhir-import", "Imported from FHIR R4 without a source document");

    public static Patient? Assemble(PatientDraft draft, IReadOnlyDictionary<string, SourceReference> sources, ImportProblemList problems,
        int courseGapDays = Mapping.Ehr.EhrCourseBuilder.DefaultGapDays)
    {
        if (draft.Location is null || draft.PatientId is null)
        {
            problems.Add(ImportIssueCodes.UnresolvedReference, draft.ReferencedAt ?? ImportLocation.OfFile(draft.Key), $"'{draft.Key}' is not in the input");
            draft.HasErrors = true;
            return null;
        }

        var events = draft.Events.Select(e => e.Event with { Source = sources.GetValueOrDefault(e.ResourceKey) ?? e.Event.Source }).ToList();
        AttachDoseChanges(draft, events, sources, problems);
        AttachCompressions(draft, events, problems);
        events.AddRange(Mapping.Ehr.EhrCourseBuilder.Build(draft.Exposures, courseGapDays));
        events.AddRange(Mapping.Ehr.EhrPftBuilder.Build(draft.PftParts));
        var patient = new Patient(draft.PatientId, draft.Document ?? ImportedDocument, events)
        {
            Label = draft.Label,
            Sex = draft.Sex,
            Smoking = draft.Smoking,
            Age = draft.Age is { } age
                ? new StatedAge(age.Age, age.AsOf, sources.GetValueOrDefault(age.ResourceKey) ?? new SourceReference("fhir-import", draft.Location.Source, ProvenanceBasis.Stated))
                : null,
            FollowUpEnd = draft.FollowUpEnd,
            DateConvention = draft.DateConvention,
            Notes = draft.Notes,
        };
        foreach (DomainIssue issue in PatientValidator.Validate(patient))
        {
            problems.Add(ImportIssueCodes.DomainRule, draft.Location with { Path = issue.EventId ?? issue.Field }, issue.ToString());
            draft.HasErrors = true;
        }

        return draft.HasErrors ? null : patient;
    }

    private static void AttachDoseChanges(PatientDraft draft, List<ClinicalEvent> events, IReadOnlyDictionary<string, SourceReference> sources, ImportProblemList problems)
    {
        foreach (var group in draft.DoseChanges.GroupBy(d => d.CourseKey, StringComparer.Ordinal))
        {
            int at = draft.Events.FindIndex(e => e.ResourceKey == group.Key && e.Event is SirolimusCourse);
            if (at < 0)
            {
                problems.Add(ImportIssueCodes.UnresolvedReference, draft.Location! with { Path = "MedicationStatement.partOf" },
                    $"dose changes refer to '{group.Key}', which is not a sirolimus course of this patient");
                draft.HasErrors = true;
                continue;
            }

            var course = (SirolimusCourse)events[at];
            events[at] = course with
            {
                DoseChanges = [.. group.Select(d => d.Change with { Source = sources.GetValueOrDefault(d.ResourceKey) ?? d.Change.Source })],
            };
        }
    }

    private static void AttachCompressions(PatientDraft draft, List<ClinicalEvent> events, ImportProblemList problems)
    {
        foreach (var compression in draft.Compressions)
        {
            int at = draft.Events.FindIndex(e => e.ResourceKey == compression.ConditionKey && e.Event is PneumothoraxEpisode);
            if (at < 0)
            {
                problems.Add(ImportIssueCodes.UnresolvedReference, compression.Where.At("Observation.focus"),
                    $"'{compression.ConditionKey}' is not a pneumothorax of this patient");
                draft.HasErrors = true;
                continue;
            }

            var episode = (PneumothoraxEpisode)events[at];
            events[at] = compression.Side switch
            {
                "left" => episode with { LeftCompression = compression.Value },
                "right" => episode with { RightCompression = compression.Value },
                _ => episode with { UnspecifiedSideCompression = compression.Value },
            };
        }
    }
}
