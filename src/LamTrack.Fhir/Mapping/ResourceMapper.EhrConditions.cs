using Hl7.Fhir.Model;
using LamTrack.Domain.Dates;
using LamTrack.Domain.Events;
using LamTrack.Fhir.Import;
using LamTrack.Fhir.Terminology;
using DomainCondition = LamTrack.Domain.Events.Condition;

namespace LamTrack.Fhir.Mapping;

// Conditions, procedures and inpatient encounters as EHRs send them, resolved through the terminology table.
internal sealed partial class ResourceMapper
{
    private static readonly Dictionary<string, string> s_conditionNames = new(StringComparer.Ordinal)
    {
        ["lam"] = "Lymphangioleiomyomatosis",
        ["tsc-lam"] = "Lymphangioleiomyomatosis with tuberous sclerosis complex",
        ["tsc"] = "Tuberous sclerosis complex",
        ["chylothorax"] = "Chylothorax",
        ["tuberculosis"] = "Tuberculosis",
    };

    private void ReadEhrCondition(Hl7.Fhir.Model.Condition c, string key)
    {
        string? verification = c.VerificationStatus?.Coding.FirstOrDefault()?.Code;
        TerminologyRow? row = ehr.Terminology.Resolve(c.Code);
        if (verification is "refuted" or "entered-in-error")
        {
            CountUnused(c, $"verification:{verification}");
            _draft!.LamLeftOutReason ??= row?.Name is "lam" or "tsc-lam" ? CohortReasons.LamRefuted : null;
            return;
        }

        if (row is not { Kind: "condition" })
        {
            CountUnused(c, c.Code);
            _draft!.LamLeftOutReason ??= LamCodeWithoutText(c.Code) ? CohortReasons.LamTextMissing : null;
            return;
        }

        ClinicalDate? onset = EhrDate(c.Onset ?? (DataType?)c.RecordedDateElement, "Condition.onset");
        if (onset is not null)
        {
            Add(EhrConditionEvent(c, key, row, onset), key);
        }
    }

    private ClinicalEvent EhrConditionEvent(Hl7.Fhir.Model.Condition c, string key, TerminologyRow row, ClinicalDate onset)
    {
        string id = EhrEventId(c, key);
        var source = EhrSource(c, key, "code", Unverified(row));
        ClinicalDate? resolution = c.Abatement is null ? null : Date(c.Abatement, "Condition.abatement", required: false);
        if (row.Name is "lam" or "tsc-lam")
        {
            _draft!.HasLamCondition = true;
        }

        return row.Name switch
        {
            "pneumothorax" => new PneumothoraxEpisode(id, onset, source, EhrSide(c.BodySite)) { Resolution = resolution },
            "pregnancy" => new Pregnancy(id, onset, source) { End = resolution },
            _ => new DomainCondition(id, onset, source, s_conditionNames.GetValueOrDefault(row.Name, row.Code.Display)) { Resolution = resolution },
        };
    }

    // A LAM row whose text condition (ICD-10 J84.8 must name LAM) was not met.
    private bool LamCodeWithoutText(CodeableConcept? code) =>
        code?.Coding.Exists(c => ehr.Terminology.Resolve(c.System, c.Code)?.Name is "lam") ?? false;

    private PneumothoraxSide EhrSide(IEnumerable<CodeableConcept> sites)
    {
        var concepts = sites.Select(s => ehr.Terminology.Resolve(s)?.Concept).ToList();
        return (concepts.Contains("site:left-lung"), concepts.Contains("site:right-lung")) switch
        {
            (true, true) => PneumothoraxSide.Bilateral,
            (true, false) => PneumothoraxSide.Left,
            (false, true) => PneumothoraxSide.Right,
            _ => PneumothoraxSide.Unspecified,
        };
    }

    private void ReadEhrProcedure(Procedure p, string key)
    {
        TerminologyRow? row = ehr.Terminology.Resolve(p.Code);
        InterventionKind? kind = row?.Concept switch
        {
            "procedure:chest-tube" => InterventionKind.ChestTubeDrainage,
            "procedure:chemical-pleurodesis" => InterventionKind.ChemicalPleurodesis,
            "procedure:surgical-pleurodesis" => InterventionKind.SurgicalPleurodesis,
            "procedure:bullectomy" => InterventionKind.Bullectomy,
            "procedure:oxygen" => InterventionKind.SupplementalOxygen,
            "procedure:vats" or "procedure:lung-transplant" => InterventionKind.OtherSurgery,
            _ => null,
        };
        if (kind is null || p.Status is not EventStatus.Completed)
        {
            CountUnused(p, kind is null ? FirstCode(p.Code) : "status:" + Literal(p.Status));
            return;
        }

        ClinicalDate? date = EhrDate(p.Performed, "Procedure.performed");
        if (date is not null)
        {
            Add(new Intervention(EhrEventId(p, key), date, EhrSource(p, key, "code", Unverified(row!)), kind.Value)
            {
                Side = p.BodySite.Count > 0 ? EhrSide(p.BodySite) : null,
                Description = p.Code?.Text ?? row!.Code.Display,
                End = EndOf(p.Performed, "Procedure.performedPeriod"),
            }, key);
        }
    }

    private void ReadEhrEncounter(Encounter e, string key)
    {
        TerminologyRow? row = ehr.Terminology.Resolve(e.Class?.System, e.Class?.Code);
        if (row is not { Concept: "encounter:inpatient" } || e.Status is Encounter.EncounterStatus.Cancelled or Encounter.EncounterStatus.EnteredInError)
        {
            CountUnused(e, row is null ? $"class:{e.Class?.Code}" : "status:" + Literal(e.Status));
            return;
        }

        ClinicalDate? date = EhrDate(e.Period, "Encounter.period");
        if (date is not null)
        {
            Add(new HospitalStay(EhrEventId(e, key), date, EhrSource(e, key, "period", Unverified(row)))
            {
                Discharge = EndOf(e.Period, "Encounter.period"),
                Facility = e.ServiceProvider?.Display,
                Reason = e.ReasonCode.FirstOrDefault()?.Text ?? e.ReasonCode.FirstOrDefault()?.Coding.FirstOrDefault()?.Display,
            }, key);
        }
    }
}
