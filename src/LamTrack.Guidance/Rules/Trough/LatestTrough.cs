using LamTrack.Domain.Events;

namespace LamTrack.Guidance.Rules.Trough;

/// <summary>The latest trough of the active course, shared by the trough rules.</summary>
internal static class LatestTrough
{
    public static TroughLevel? Of(PatientTimeline t) =>
        t.ActiveCourse is { } course ? t.Troughs.LastOrDefault(tr => tr.Date.Midpoint >= course.Date.Midpoint) : null;

    public static bool IsVeryLow(TroughLevel trough, GuidanceContext context) => trough.Result.Censoring switch
    {
        TroughCensoring.Undetectable => true,
        TroughCensoring.BelowLimit => trough.Result.Limit <= context.Settings.VeryLowTrough,
        TroughCensoring.None => trough.Result.Value < context.Settings.VeryLowTrough,
        _ => false,
    };

    public static bool IsAbove(TroughLevel trough, GuidanceContext context) => trough.Result.Censoring switch
    {
        TroughCensoring.AboveLimit => trough.Result.Limit >= context.Settings.TargetWindow.High,
        TroughCensoring.None => trough.Result.Value > context.Settings.TargetWindow.High,
        _ => false,
    };
}
