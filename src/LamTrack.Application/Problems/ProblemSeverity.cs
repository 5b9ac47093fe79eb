namespace LamTrack.Application.Problems;

/// <summary>How serious a <see cref="Problem"/> is.</summary>
public enum ProblemSeverity
{
    /// <summary>The input or request cannot be used as it is; nothing was changed because of it.</summary>
    Error,

    /// <summary>The work was done, but the user should look at this.</summary>
    Warning,

    /// <summary>A note about what was done (for example a record left unchanged).</summary>
    Information,
}
