namespace LamTrack.Domain.Events;

/// <summary>Which hemithorax a pneumothorax involves.</summary>
public enum PneumothoraxSide
{
    /// <summary>The left lung.</summary>
    Left,

    /// <summary>The right lung.</summary>
    Right,

    /// <summary>Both lungs at once; counted as one episode with two sides.</summary>
    Bilateral,

    /// <summary>The source does not say which side (for example "unilateral pneumothorax" or an undated episode).</summary>
    Unspecified,
}
