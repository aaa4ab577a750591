using Autotask.Simulator.Bench;
using Autotask.Simulator.Demo;

// dotnet run -c Release --project bench/Autotask.Simulator.Bench [-- --scales demo,large,xl --pages 200]
// Prints, per scale, how long generating the tenant takes and how much memory it holds, then how fast the
// simulator serves query pages over HTTP (records per second). Figures only: nothing here asserts a timing.
var scales = Arg("--scales", "demo,large,xl").Split(',').Select(s => Enum.Parse<DemoScale>(s, ignoreCase: true)).ToList();
var pages = int.Parse(Arg("--pages", "200"), System.Globalization.CultureInfo.InvariantCulture);

Console.WriteLine($"Autotask simulator benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}, workstation GC");
Console.WriteLine();
Console.WriteLine("Generation (seed 42, 365 days of history)");
Console.WriteLine($"{"scale",-6} {"tickets",10} {"time entries",13} {"other rows",11} {"seconds",8} {"retained MB",12} {"allocated MB",13} {"peak WS MB",11}");
foreach (var scale in scales)
{
    Console.WriteLine(GenerationBench.Run(scale));
}

Console.WriteLine();
Console.WriteLine($"Paging over loopback HTTP (500 records a page, up to {pages} pages an entity)");
Console.WriteLine($"{"scale",-6} {"entity",-12} {"style",-13} {"records",9} {"pages",6} {"seconds",8} {"records/s",10} {"MB/s",7}");
foreach (var scale in scales)
{
    foreach (var line in await PagingBench.RunAsync(scale, pages))
    {
        Console.WriteLine(line);
    }
}

string Arg(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}
