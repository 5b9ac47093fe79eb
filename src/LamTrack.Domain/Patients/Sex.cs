namespace LamTrack.Domain.Patients;

/// <summary>Administrative sex as recorded.</summary>
public enum Sex
{
    /// <summary>Female; LAM affects mostly women.</summary>
    Female,

    /// <summary>Male.</summary>
    Male,

    /// <summary>Not recorded.</summary>
    Unknown,
}
