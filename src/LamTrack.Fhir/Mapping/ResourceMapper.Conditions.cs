using Hl7.Fhir.Model;
using LamTrack.Domain.Dates;
using LamTrack.Domain.Events;
using LamTrack.Fhir.Import;
using LamTrack.Fhir.Terminology;
using static LamTrack.Fhir.Mapping.LamTrackExtensions;
using DomainAdverseEvent = LamTrack.Domain.Events.AdverseEvent;
using DomainCondition = LamTrack.Domain.Events.Condition;

namespace LamTrack.Fhir.Mapping;

internal sealed partial class ResourceMapper
{
    private static string EventIdOf(DomainResource resource, string key) =>
        (resource as IIdentifiable<List<Identifier>>)?.Identifier.FirstOrDefault(i => i.System == CodeSystemUris.EventIdentifier)?.Value
        ?? resource.Id
        ?? key;

    private void Add(ClinicalEvent e, string key) => _draft!.Events.Add((e, key));

    // A pneumothorax code makes an episode; any other Condition is kept by name (its text, else its display).
    private void ReadCondition(Hl7.Fhir.Model.Condition c, string key)
    {
        ClinicalDate? onset = Date(c.Onset, "Condition.onset", required: true);
        ClinicalDate? resolution = Date(c.Abatement, "Condition.abatement", required: false);
        if (onset is null)
        {
            return;
        }

        string id = EventIdOf(c, key);
        if (SnomedCodes.SpontaneousPneumothorax.Matches(c.Code) || SnomedCodes.Pneumothorax.Matches(c.Code))
        {
            var triggers = new List<PneumothoraxTrigger>();
            foreach (Extension t in All(c, Trigger))
            {
                if (EnumWords.TryParse((t.Value as Code)?.Value, out PneumothoraxTrigger trigger))
                {
                    triggers.Add(trigger);
                }
                else
                {
                    Error(ImportIssueCodes.UnknownCode, "Condition.extension[trigger]", $"'{(t.Value as Code)?.Value}' is not a pneumothorax trigger");
                }
            }

            Add(new PneumothoraxEpisode(id, onset, Placeholder(_where), DomainCodes.Side(c.BodySite))
            {
                Resolution = resolution, Triggers = triggers, ManagedAt = GetString(c, ManagedAt), Note = NoteText(c.Note),
            }, key);
            return;
        }

        string? name = c.Code?.Text ?? c.Code?.Coding.FirstOrDefault()?.Display;
        if (name is null)
        {
            Error(ImportIssueCodes.MissingElement, "Condition.code", "the condition has neither text nor a display");
            return;
        }

        Add(new DomainCondition(id, onset, Placeholder(_where), name) { Resolution = resolution, Note = NoteText(c.Note) }, key);
    }

    private void ReadProcedure(Procedure p, string key)
    {
        ClinicalDate? date = Date(p.Performed, "Procedure.performed", required: true);
        if (!DomainCodes.TryFind(DomainCodes.Interventions, p.Code, out InterventionKind kind))
        {
            Error(ImportIssueCodes.UnknownCode, "Procedure.code", $"no LamTrack intervention has the code {Codes(p.Code)}");
            return;
        }

        if (date is null)
        {
            return;
        }

        PneumothoraxSide? side = p.BodySite.Count > 0 ? DomainCodes.Side(p.BodySite)
            : GetString(p, Kind) == "side-unspecified" ? PneumothoraxSide.Unspecified : null;
        string? episode = p.ReasonReference.Select(r => resolve(r.Reference)).FirstOrDefault(k => k is not null);
        Add(new Intervention(EventIdOf(p, key), date, Placeholder(_where), kind)
        {
            EpisodeId = episode is null ? null : IdOfKey(episode),
            Side = side,
            Agent = p.UsedCode.FirstOrDefault()?.Text,
            Description = p.Code?.Text,
            End = Date(Get(p, End), "Procedure.extension[end]", required: false),
            Note = NoteText(p.Note),
        }, key);
    }

    private void ReadAdverseEvent(Hl7.Fhir.Model.AdverseEvent a, string key)
    {
        DataType? when = Get(a, ClinicalDateName) ?? (a.DateElement is null ? null : a.DateElement);
        ClinicalDate? date = Date(when, "AdverseEvent.date", required: true);
        if (!DomainCodes.TryFind(DomainCodes.AdverseEvents, a.Event, out AdverseEventCategory category))
        {
            Error(ImportIssueCodes.UnknownCode, "AdverseEvent.event", $"no LamTrack adverse-event category has the code {Codes(a.Event)}");
            return;
        }

        string? term = a.Event?.Text ?? a.Event?.Coding.FirstOrDefault()?.Display;
        if (date is null || term is null)
        {
            return;
        }

        Add(new DomainAdverseEvent(EventIdOf(a, key), date, Placeholder(_where), category, term)
        {
            AttributedToSirolimus = a.SuspectEntity.Exists(s => s.Instance?.Display?.Contains("sirolimus", StringComparison.OrdinalIgnoreCase) == true
                || (resolve(s.Instance?.Reference) ?? string.Empty).StartsWith("MedicationStatement/", StringComparison.Ordinal)),
            Resolution = Date(Get(a, Resolution), "AdverseEvent.extension[resolution]", required: false),
            Action = GetString(a, ActionName),
            Severity = a.Severity?.Text ?? a.Severity?.Coding.FirstOrDefault()?.Code,
            Note = GetString(a, Note),
        }, key);
    }

    private void ReadEncounter(Encounter e, string key)
    {
        DataType? when = Get(e, ClinicalDateName) ?? e.Period;
        ClinicalDate? date = Date(when, "Encounter.period", required: true);
        if (date is null)
        {
            return;
        }

        Add(new HospitalStay(EventIdOf(e, key), date, Placeholder(_where))
        {
            Discharge = Get(e, End) is DataType end ? Date(end, "Encounter.extension[end]", required: false)
                : e.Period?.End is null ? null : Date(new FhirDateTime(e.Period.End), "Encounter.period.end", required: false),
            MinimumLengthOfStayDays = GetInteger(e, MinimumStayDays),
            Facility = e.ServiceProvider?.Display,
            Reason = e.ReasonCode.FirstOrDefault()?.Text,
            Note = GetString(e, Note),
        }, key);
    }

    private static string IdOfKey(string key) => key[(key.LastIndexOf('/') + 1)..];

    private static string Codes(CodeableConcept? concept) =>
        concept is null || concept.Coding.Count == 0 ? $"'{concept?.Text ?? "(none)"}'" : string.Join(", ", concept.Coding.Select(c => $"{c.System}|{c.Code}"));
}
