namespace LamTrack.Domain.Patients;

/// <summary>Smoking status as stated.</summary>
public enum SmokingStatus
{
    /// <summary>Not stated.</summary>
    Unknown,

    /// <summary>A nonsmoker.</summary>
    Never,

    /// <summary>A smoker.</summary>
    Current,

    /// <summary>A former smoker.</summary>
    Former,
}
