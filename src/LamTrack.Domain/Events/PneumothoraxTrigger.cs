namespace LamTrack.Domain.Events;

/// <summary>The circumstance in which a pneumothorax began, as the source states it.</summary>
public enum PneumothoraxTrigger
{
    /// <summary>At rest.</summary>
    Rest,

    /// <summary>On minimal activity.</summary>
    MinimalActivity,

    /// <summary>On exercise or movement.</summary>
    Exertion,

    /// <summary>After a sneeze or cough.</summary>
    Sneeze,

    /// <summary>During pregnancy, which the source names as a possible cause.</summary>
    Pregnancy,
}
