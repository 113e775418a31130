namespace Sluice.ML.Serving.Engines;

/// <summary>
/// Idle engines of one loaded version, taken and given back without a lock (as ASP.NET Core's DefaultObjectPool
/// does). An empty pool makes a new engine; a full one disposes what is given back, so a burst of requests leaves
/// at most <c>capacity</c> engines behind.
/// </summary>
internal sealed class EnginePool<T>(Func<T> create, int capacity)
    where T : class, IDisposable
{
    private readonly T?[] _idle = new T?[Math.Max(0, capacity - 1)];
    private T? _first;

    public T Rent()
    {
        var item = _first;
        if (item is not null && Interlocked.CompareExchange(ref _first, null, item) == item)
        {
            return item;
        }

        for (var i = 0; i < _idle.Length; i++)
        {
            item = _idle[i];
            if (item is not null && Interlocked.CompareExchange(ref _idle[i], null, item) == item)
            {
                return item;
            }
        }

        return create();
    }

    public void Return(T item)
    {
        if (_first is null && Interlocked.CompareExchange(ref _first, item, null) is null)
        {
            return;
        }

        for (var i = 0; i < _idle.Length; i++)
        {
            if (Interlocked.CompareExchange(ref _idle[i], item, null) is null)
            {
                return;
            }
        }

        item.Dispose();
    }
}
