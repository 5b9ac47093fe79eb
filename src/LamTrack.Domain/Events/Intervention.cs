using LamTrack.Domain.Dates;
using LamTrack.Domain.Provenance;

namespace LamTrack.Domain.Events;

/// <summary>A management step or a procedure: oxygen, chest tube drainage, pleurodesis, bullectomy or other surgery.</summary>
public sealed record Intervention(string Id, ClinicalDate Date, SourceReference Source, InterventionKind Kind)
    : ClinicalEvent(Id, Date, Source)
{
    /// <summary>The pneumothorax episode this step managed, when it managed one.</summary>
    public string? EpisodeId { get; init; }

    /// <summary>The side operated on or drained, when stated.</summary>
    public PneumothoraxSide? Side { get; init; }

    /// <summary>For chemical pleurodesis, the sclerosing agent(s) as stated ("50 mL hypertonic glucose + 5 mL lidocaine; autologous blood").</summary>
    public string? Agent { get; init; }

    /// <summary>What was done, in the source's words ("left nephrectomy", "caesarean section").</summary>
    public string? Description { get; init; }

    /// <summary>When the step ended (oxygen stopped, tube removed), when known.</summary>
    public ClinicalDate? End { get; init; }

    /// <summary>Whether this is thoracic surgery for pneumothorax: surgical pleurodesis or bullectomy (Table 1's "Surgery" row).</summary>
    public bool IsThoracicSurgery => Kind is InterventionKind.SurgicalPleurodesis or InterventionKind.Bullectomy;
}
