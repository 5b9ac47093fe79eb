using LamTrack.Application.Problems;
using LamTrack.Pharmacokinetics.Proposals;

namespace LamTrack.Application.Pharmacokinetics;

/// <summary>Reads a target window <c>LOW-HIGH</c> (ng/mL) from a request, as a <c>PK-003</c> problem when it is not one.</summary>
internal static class TargetWindows
{
    public static bool TryParse(string? text, out TargetWindow? window, out Problem? problem)
    {
        try
        {
            window = TargetWindow.Parse(text ?? string.Empty);
            problem = null;
            return true;
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            window = null;
            problem = new Problem(PharmacokineticsProblemCodes.InvalidTargetWindow, e.Message, ProblemLocation.OfFile("--target")) { Text = e.Message.Split(" (Parameter '", 2)[0] };
            return false;
        }
    }

    public static TroughWindowSummary Summary(TargetWindow window) =>
        new(window.LowNanogramsPerMillilitre, window.HighNanogramsPerMillilitre, window.Source, window.ToString());
}
