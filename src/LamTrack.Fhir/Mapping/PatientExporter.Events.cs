using Hl7.Fhir.Model;
using LamTrack.Domain.Events;
using LamTrack.Fhir.Terminology;
using static LamTrack.Fhir.Mapping.LamTrackExtensions;
using DomainAdverseEvent = LamTrack.Domain.Events.AdverseEvent;
using DomainCondition = LamTrack.Domain.Events.Condition;

namespace LamTrack.Fhir.Mapping;

public sealed partial class PatientExporter
{
    // One arm per timeline event type (docs/fhir.md mapping table).
    private void AddEvent(ClinicalEvent e)
    {
        switch (e)
        {
            case PneumothoraxEpisode p: AddEpisode(p); break;
            case Intervention i: AddIntervention(i); break;
            case SirolimusCourse c: AddCourse(c); break;
            case TroughLevel t: AddTrough(t); break;
            case TroughSummary s: AddTroughSummary(s); break;
            case CoMedication m: AddCoMedication(m); break;
            case DomainAdverseEvent a: AddAdverseEvent(a); break;
            case LabResult l: AddLab(l); break;
            case PulmonaryFunctionTest f: AddPft(f); break;
            case SixMinuteWalk w: AddWalk(w); break;
            case DiagnosisEvidence d: AddEvidence(d); break;
            case Pregnancy p: AddPregnancy(p); break;
            case HospitalStay h: AddStay(h); break;
            case FollowUpStatus u: AddFollowUp(u); break;
            case DomainCondition c: AddCondition(c); break;
            default: throw new ArgumentException($"no FHIR mapping for {e.GetType().Name}", nameof(e));
        }
    }

    private void AddEpisode(PneumothoraxEpisode p)
    {
        var condition = Event(new Hl7.Fhir.Model.Condition
        {
            Category = [new CodeableConcept { Coding = [new Coding(CodeSystemUris.ConditionCategory, "encounter-diagnosis")] }],
            Code = SnomedCodes.SpontaneousPneumothorax.ToConcept(),
            BodySite = [.. DomainCodes.Sites(p.Side).Select(s => s.ToConcept())],
            Subject = Subject,
            Onset = ClinicalDateMapper.ToFhir(p.Date),
            Abatement = p.Resolution is null ? null : ClinicalDateMapper.ToFhir(p.Resolution),
            ClinicalStatus = p.Resolution is null ? null : new CodeableConcept(CodeSystemUris.ConditionClinical, "resolved"),
            Note = Notes(p.Note),
        }, p);
        foreach (PneumothoraxTrigger trigger in p.Triggers)
        {
            Set(condition, Trigger, new Code(EnumWords.ToWord(trigger)));
        }

        SetString(condition, ManagedAt, p.ManagedAt);
        AddCompression(p, "left", p.LeftCompression, SnomedCodes.LeftLung);
        AddCompression(p, "right", p.RightCompression, SnomedCodes.RightLung);
        AddCompression(p, "unspecified", p.UnspecifiedSideCompression, null);
    }

    // D8: lung compression is its own Observation, focused on the pneumothorax Condition, one per side.
    private void AddCompression(PneumothoraxEpisode p, string side, LamTrack.Measures.Quantities.LungCompression? value, TerminologyCode? site)
    {
        if (value is null)
        {
            return;
        }

        _resources.Add(new Observation
        {
            Id = $"{p.Id}-compression-{side}",
            Status = ObservationStatus.Final,
            Category = [Category("imaging")],
            Code = RegistryCodes.LungCompression.ToConcept(),
            Subject = Subject,
            Focus = [new ResourceReference($"Condition/{p.Id}")],
            BodySite = site?.ToConcept(),
            Effective = ClinicalDateMapper.ToFhir(p.Date),
            Value = new Quantity(ToDecimal(value.Value.ToPercent()), "%"),
        });
    }

    private void AddIntervention(Intervention i)
    {
        CodeableConcept code = DomainCodes.Interventions[i.Kind].ToConcept();
        code.Text = i.Description;
        var procedure = Event(new Procedure
        {
            Status = EventStatus.Completed,
            Code = code,
            Subject = Subject,
            Performed = ClinicalDateMapper.ToFhir(i.Date),
            BodySite = i.Side is null ? [] : [.. DomainCodes.Sites(i.Side.Value).Select(s => s.ToConcept())],
            ReasonReference = i.EpisodeId is null ? [] : [new ResourceReference($"Condition/{i.EpisodeId}")],
            UsedCode = i.Agent is null ? [] : [new CodeableConcept { Text = i.Agent }],
            Note = Notes(i.Note),
        }, i);
        // Side "unspecified" has no body site; the extension tells it apart from "no side recorded".
        if (i.Side == PneumothoraxSide.Unspecified)
        {
            Set(procedure, Kind, new Code("side-unspecified"));
        }

        Set(procedure, End, i.End is null ? null : ClinicalDateMapper.ToFhir(i.End));
    }

    private void AddCondition(DomainCondition c) => Event(new Hl7.Fhir.Model.Condition
    {
        Code = new CodeableConcept { Text = c.Name },
        Subject = Subject,
        Onset = ClinicalDateMapper.ToFhir(c.Date),
        Abatement = c.Resolution is null ? null : ClinicalDateMapper.ToFhir(c.Resolution),
        ClinicalStatus = c.Resolution is null ? null : new CodeableConcept(CodeSystemUris.ConditionClinical, "resolved"),
        Note = Notes(c.Note),
    }, c);

    private void AddAdverseEvent(DomainAdverseEvent a)
    {
        CodeableConcept code = DomainCodes.AdverseEvents[a.Category].ToConcept();
        code.Text = a.Term;
        var resource = Event(new Hl7.Fhir.Model.AdverseEvent
        {
            Actuality = Hl7.Fhir.Model.AdverseEvent.AdverseEventActuality.Actual,
            Event = code,
            Subject = Subject,
            Severity = Severity(a.Severity),
            SuspectEntity = a.AttributedToSirolimus
                ? [new Hl7.Fhir.Model.AdverseEvent.SuspectEntityComponent { Instance = new ResourceReference { Display = "sirolimus" } }]
                : [],
        }, a);
        // AdverseEvent.date is a dateTime only; the clinical date (possibly a window) rides in an extension.
        Set(resource, ClinicalDateName, ClinicalDateMapper.ToFhir(a.Date));
        Set(resource, Resolution, a.Resolution is null ? null : ClinicalDateMapper.ToFhir(a.Resolution));
        SetString(resource, ActionName, a.Action);
        SetString(resource, Note, a.Note);
    }

    private static CodeableConcept? Severity(string? severity) => severity switch
    {
        null => null,
        "mild" or "moderate" or "severe" => new CodeableConcept
        {
            Coding = [new Coding(CodeSystemUris.AdverseEventSeverity, severity)],
            Text = severity,
        },
        _ => new CodeableConcept { Text = severity },
    };

    private void AddStay(HospitalStay h)
    {
        var encounter = Event(new Encounter
        {
            Status = Encounter.EncounterStatus.Finished,
            Class = new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "IMP", "inpatient encounter"),
            Subject = Subject,
            ServiceProvider = h.Facility is null ? null : new ResourceReference { Display = h.Facility },
            ReasonCode = h.Reason is null ? [] : [new CodeableConcept { Text = h.Reason }],
        }, h);
        Set(encounter, ClinicalDateName, ClinicalDateMapper.ToFhir(h.Date));
        Set(encounter, End, h.Discharge is null ? null : ClinicalDateMapper.ToFhir(h.Discharge));
        SetInteger(encounter, MinimumStayDays, h.MinimumLengthOfStayDays);
        SetString(encounter, Note, h.Note);
    }
}
