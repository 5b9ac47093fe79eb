namespace LamTrack.Application.Guidance;

/// <summary>What one patient's findings say for the clinic's worklist filters: a last trough out of the target window,
/// a trough overdue, and open warnings.</summary>
/// <remarks>
/// Read from the findings only, so the filters agree with <c>lamtrack advise</c>:
/// out of the window is LAM-TRO-002 (undetectable or very low), LAM-TRO-003 (above) or a LAM-TRO-001 finding that is
/// not info (below the window; within it is info); overdue is a warning of LAM-MON-001 (first trough after a start or
/// change later than its window) or LAM-MON-003 (no level for three months once stable); open warnings are findings of
/// severity warning or critical.
/// </remarks>
/// <param name="TroughOutOfWindow">The latest trough lies outside the target window.</param>
/// <param name="TroughOverdue">A trough is overdue.</param>
/// <param name="OpenWarnings">At least one finding is a warning or critical.</param>
public sealed record WorklistFlags(bool TroughOutOfWindow, bool TroughOverdue, bool OpenWarnings)
{
    private const string Info = "info";
    private const string Warning = "warning";
    private const string Critical = "critical";

    /// <summary>The flags of <paramref name="findings"/> (one patient's, from <see cref="GuidanceService.AdviseAsync"/>).</summary>
    public static WorklistFlags From(IEnumerable<FindingDocument> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        FindingDocument[] all = [.. findings];
        return new WorklistFlags(
            all.Any(IsOutOfWindow),
            all.Any(f => f.RuleId is "LAM-MON-001" or "LAM-MON-003" && f.Severity == Warning),
            all.Any(f => f.Severity is Warning or Critical));
    }

    private static bool IsOutOfWindow(FindingDocument finding) => finding.RuleId switch
    {
        "LAM-TRO-002" or "LAM-TRO-003" => true,
        "LAM-TRO-001" => finding.Severity != Info,
        _ => false,
    };
}
