using System.Diagnostics;
using FamilyCase.Reports.Composition;
using FamilyCase.Reports.Rendering;

namespace FamilyCase.Benchmarks;

/// <summary>
/// One court day of 100 summaries, done as the app does it, in a fresh process: the time of each of five runs, and the peak
/// managed heap and peak working set while it runs (sampled every millisecond), so "peak memory" is measured, not guessed.
/// </summary>
public static class CourtDayMemory
{
    public static void Run()
    {
        var sources = Enumerable.Range(1, 100).Select(i => TypicalCourtCase.Source(i)).ToList();
        _ = PdfRenderer.Render(CourtDocumentComposer.Compose(sources[0]).Model);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var workingSetBefore = Environment.WorkingSet;
        long peakHeap = heapBefore, peakWorkingSet = workingSetBefore;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            using var every = new PeriodicTimer(TimeSpan.FromMilliseconds(1));
            while (await every.WaitForNextTickAsync().ConfigureAwait(false) && !stop.IsCancellationRequested)
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
                peakWorkingSet = Math.Max(peakWorkingSet, Environment.WorkingSet);
            }
        });

        var times = new List<double>();
        var bytes = 0;
        var pages = 0;
        for (var run = 0; run < 5; run++)
        {
            var clock = Stopwatch.StartNew();
            var parts = new List<RenderPart>(sources.Count);
            foreach (var source in sources)
            {
                var model = CourtDocumentComposer.Compose(source).Model;
                _ = PdfRenderer.Render(model);
                parts.Add(new RenderPart(model, FamilyCase.Domain.Documents.Redactor.Words(source.Family.FileNumber)));
            }

            var merged = PdfRenderer.Render(parts, parts[0].Model.Info);
            times.Add(clock.Elapsed.TotalMilliseconds);
            (bytes, pages) = (merged.Bytes.Length, merged.Pages);
        }

        stop.Cancel();
        sampler.Wait();
        times.Sort();
        Console.WriteLine($"Court day of 100 summaries: {pages} pages, {bytes / 1024.0 / 1024.0:0.0} MB file");
        Console.WriteLine($"  time per run (5 runs): median {times[2]:0} ms, fastest {times[0]:0} ms, slowest {times[4]:0} ms");
        Console.WriteLine($"  peak managed heap above the idle process: {(peakHeap - heapBefore) / 1024.0 / 1024.0:0.0} MB");
        Console.WriteLine($"  peak working set above the idle process: {(peakWorkingSet - workingSetBefore) / 1024.0 / 1024.0:0.0} MB");
    }
}
