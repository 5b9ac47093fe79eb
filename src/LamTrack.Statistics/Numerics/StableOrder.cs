namespace LamTrack.Statistics.Numerics;

/// <summary>Puts items in ascending order of a key, stably, and sorts only when they are not in that order already.</summary>
/// <remarks>A patient's measurements and episodes are nearly always stored in date order, so one pass over the keys
/// usually proves the order and spares a sort (n log n and its garbage) that would run once per patient of a
/// registry.</remarks>
public static class StableOrder
{
    /// <summary>The items in ascending order of <paramref name="key"/>; items with equal keys keep their given order.</summary>
    /// <param name="items">The items, read once.</param>
    /// <param name="key">The key to order by, computed once per item when the items are in order already.</param>
    /// <returns>A new array.</returns>
    public static T[] By<T, TKey>(IEnumerable<T> items, Func<T, TKey> key)
        where TKey : IComparable<TKey>
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(key);
        T[] all = [.. items];
        if (all.Length < 2)
        {
            return all;
        }

        TKey previous = key(all[0]);
        for (int i = 1; i < all.Length; i++)
        {
            TKey current = key(all[i]);
            if (current.CompareTo(previous) < 0)
            {
                return [.. all.OrderBy(key)];
            }

            previous = current;
        }

        return all;
    }
}
