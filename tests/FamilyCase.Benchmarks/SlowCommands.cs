using Microsoft.Extensions.Logging;

namespace FamilyCase.Benchmarks;

/// <summary>
/// <c>-- --slow-sql</c>: runs each benchmark's query once and prints every database command that took longer than a few
/// milliseconds, with its SQL, so a slow figure can be traced to its query plan.
/// </summary>
public sealed class SlowCommands : ILoggerProvider, ILogger
{
    // FAMILYCASE_BENCH_SLOW_MS lowers or raises the 3 ms line.
    private static readonly int Threshold = int.TryParse(Environment.GetEnvironmentVariable("FAMILYCASE_BENCH_SLOW_MS"), out var ms) ? ms : 3;

    public ILogger CreateLogger(string categoryName) => categoryName == "Microsoft.EntityFrameworkCore.Database.Command" ? this : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var message = formatter(state, exception);
        if (message.StartsWith("Executed DbCommand (", StringComparison.Ordinal)
            && int.TryParse(message["Executed DbCommand (".Length..message.IndexOf("ms)", StringComparison.Ordinal)], System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture, out var ms)
            && ms >= Threshold)
        {
            Console.WriteLine(message);
            Console.WriteLine();
        }
    }

    public void Dispose()
    {
    }
}
